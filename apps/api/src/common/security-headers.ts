import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * CSP hash sources (`'sha256-…'`) for the `<style>` elements of a page: the web app's index.html inlines
 * the CSS of its first screen (the shell that paints before the app's code arrives), and only exactly
 * that CSS may apply; any other inline style stays refused.
 */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => sha256Source(m[1] ?? ''));
}

/**
 * CSP hash sources for the inline `<script>` elements of a page (those without `src`): the web app's
 * index.html starts a deep link's first requests and route code with a few lines of its own, and only
 * exactly those may run; any other inline script stays refused.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc\s*=/.test(m[1] ?? ''))
    .map((m) => sha256Source(m[2] ?? ''));
}

/**
 * Strict CSP for the app: scripts from our origin and the inline scripts named by hash (`scriptHashes`,
 * see inlineScriptHashes), styles likewise (`styleHashes`); never `unsafe-inline`; no framing.
 */
export function securityHeaders({
  styleHashes = [],
  scriptHashes = [],
}: { styleHashes?: string[]; scriptHashes?: string[] } = {}): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", ...scriptHashes],
        'style-src': ["'self'", ...styleHashes],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  // Swagger UI injects styles; its scripts stay external, so only style-src is widened there.
  const docs = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'frame-ancestors': ["'none'"],
        'object-src': ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
  return (req, res, next) =>
    req.path.startsWith('/api/docs') ? docs(req, res, next) : strict(req, res, next);
}
