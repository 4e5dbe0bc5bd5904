import { describe, expect, it } from '@jest/globals';
import express from 'express';
import { inlineScriptHashes, inlineStyleHashes, securityHeaders } from './security-headers.js';

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

describe('inlineScriptHashes', () => {
  it('should name each inline script by the sha256 of its exact text, and skip scripts with a src', () => {
    // Expected value from `printf 'var a=1;' | openssl dgst -sha256 -binary | base64`.
    const html =
      '<html><head><script type="module" crossorigin src="/assets/index.js"></script>' +
      '<script>var a=1;</script><script id="x" src="/registerSW.js" defer></script></head>' +
      '<body><noscript>JavaScript</noscript></body></html>';
    expect(inlineScriptHashes(html)).toEqual(["'sha256-gaaMFNHZyRta8zB2VHkWLMP4tMxJ+d8v3dTW7nw2r6M='"]);
  });

  it('should find nothing in a page whose scripts all have a src', () => {
    expect(inlineScriptHashes('<head><script src="/a.js"></script></head><body></body>')).toEqual([]);
  });
});

describe('securityHeaders', () => {
  async function policyFor(styleHashes?: string[], scriptHashes?: string[]): Promise<string> {
    const app = express();
    app.use(securityHeaders(styleHashes ? { styleHashes, scriptHashes } : undefined));
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

  it('should allow the named inline scripts and no others', async () => {
    const csp = await policyFor([], ["'sha256-gaaMFNHZyRta8zB2VHkWLMP4tMxJ+d8v3dTW7nw2r6M='"]);
    expect(csp).toContain("script-src 'self' 'sha256-gaaMFNHZyRta8zB2VHkWLMP4tMxJ+d8v3dTW7nw2r6M='");
    expect(csp).not.toContain('unsafe-inline');
  });

  it("should allow only the origin's styles without hashes", async () => {
    expect(await policyFor()).toMatch(/style-src 'self'(;|$)/);
  });
});
