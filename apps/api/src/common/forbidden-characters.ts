import { hasForbiddenCharacter } from '@spiegel/domain';
import type { NextFunction, Request, Response } from 'express';

const MAX_DEPTH = 32;

/**
 * The first field of a parsed request (nested objects and arrays too) whose name or text holds a
 * character no typed text has (control characters, lone surrogates: see typed-text in @spiegel/domain).
 */
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
