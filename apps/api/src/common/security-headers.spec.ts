import { describe, expect, it } from '@jest/globals';
import express from 'express';
import { inlineStyleHashes, securityHeaders } from './security-headers.js';

describe('inlineStyleHashes', () => {
  it('should name each style element by the sha256 of its exact text (what a browser compares)', () => {
    // Expected values from `printf 'body{margin:0}' | openssl dgst -sha256 -binary | base64`.
    const html =
      '<html><head><style>body{margin:0}</style><style media="screen">\n      .a { color: red; }\n    </style></head>' +
      '<body><p style="color: blue">x</p></body></html>';
    expect(inlineStyleHashes(html)).toEqual([
      "'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='",
      "'sha256-HvyPLfIABQ/231cABAV3/aBOEe1LL+f9DnAsZqQZOC0='",
    ]);
  });

  it('should find nothing in a page without style elements', () => {
    expect(inlineStyleHashes('<html><head><title>x</title></head><body></body></html>')).toEqual([]);
  });
});

describe('securityHeaders', () => {
  async function policyFor(styleHashes?: string[]): Promise<string> {
    const app = express();
    app.use(securityHeaders(styleHashes ? { styleHashes } : undefined));
    app.get('/', (_req, res) => res.send('ok'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/`);
      return res.headers.get('content-security-policy') ?? '';
    } finally {
      await new Promise((r) => server.close(r));
    }
  }

  it('should allow the named inline styles and no others', async () => {
    const csp = await policyFor(["'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='"]);
    expect(csp).toContain("style-src 'self' 'sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc='");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'self'(;|$)/);
  });

  it("should allow only the origin's styles without hashes", async () => {
    expect(await policyFor()).toMatch(/style-src 'self'(;|$)/);
  });
});
