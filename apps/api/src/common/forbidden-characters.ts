import type { NextFunction, Request, Response } from 'express';

/**
 * Characters no typed text holds: control characters (but tab, newline and carriage return), which
 * PostgreSQL cannot store at all in the case of NUL, and lone UTF-16 surrogates, which are not text
 * (PostgreSQL would store a replacement character instead, so what was sent would be lost, and some
 * validators throw on them).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasForbiddenCharacter(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

const MAX_DEPTH = 32;

/** The first field of a parsed request (nested objects and arrays too) whose name or text has one. */
export function fieldWithForbiddenCharacter(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return hasForbiddenCharacter(value) ? path || '(waarde)' : null;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [String(i), v])
    : Object.entries(value);
  for (const [key, v] of entries) {
    if (hasForbiddenCharacter(key)) return path ? `${path}.(veldnaam)` : '(veldnaam)';
    const found = fieldWithForbiddenCharacter(v, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses a request whose body, query or path holds such a character, with a 400 that names the
 * field, before any guard, pipe or service sees it. (Socket payloads: see assertContributionShape.)
 */
export function rejectForbiddenCharacters() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const field =
      fieldWithForbiddenCharacter(req.body) ?? fieldWithForbiddenCharacter(req.query) ?? pathField(req.path);
    if (!field) return next();
    res.status(400).json({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: `${field}: de tekst bevat tekens die niet zijn toegestaan.`,
      details: { fields: [field] },
    });
  };
}

function pathField(path: string): string | null {
  try {
    return hasForbiddenCharacter(decodeURIComponent(path)) ? '(adres)' : null;
  } catch {
    return null; // a malformed escape: the router answers it
  }
}
