/**
 * What counts as typed text. Control characters (but tab, newline and carriage return) and lone UTF-16
 * surrogates are not text anyone reads: PostgreSQL cannot store NUL at all, and a lone surrogate
 * would be stored as a replacement character, so what was sent would be lost. The API refuses them;
 * the web app cleans them out of what it sends, because they arrive unseen when text is pasted from a
 * word processor (Word writes a line break inside a paragraph as a vertical tab).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ALL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');
// eslint-disable-next-line no-control-regex -- as above
const LINE_BREAK_LIKE = /[\u000b\u000c]/g;

export function hasForbiddenCharacter(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

/** The text as it would be read: vertical tab and form feed become line breaks, the rest of the forbidden characters go. */
export function cleanTypedText(text: string): string {
  if (!hasForbiddenCharacter(text)) return text;
  return text.replace(LINE_BREAK_LIKE, '\n').replace(CONTROL_ALL, '').replace(LONE_SURROGATE_ALL, '');
}

/** Every string in a JSON-like value cleaned (a new value; the input is not changed). */
export function cleanTypedValues<T>(value: T): T {
  if (typeof value === 'string') return cleanTypedText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanTypedValues(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, cleanTypedValues(v)]),
    ) as T;
  }
  return value;
}
