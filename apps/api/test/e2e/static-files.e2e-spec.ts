import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 15: the built web app is served pre-compressed. A web build is laid out the way Vite and
 * vite-plugin-compression2 leave it (each text file with `.br` and `.gz` beside it); the answers are
 * read byte for byte (no client that decodes for us), so a wrong encoding header would show.
 */
const SCRIPT = `console.log(${JSON.stringify('Spiegel '.repeat(400))});\n`;
const INDEX = `<!doctype html><html lang="nl"><head><title>Spiegel</title></head><body><div id="root"></div>${'<!-- ruimte -->'.repeat(50)}</body></html>`;

let t: TestApp;
let dir: string;

function writeCompressed(file: string, body: string): void {
  writeFileSync(file, body);
  writeFileSync(`${file}.br`, zlib.brotliCompressSync(body));
  writeFileSync(`${file}.gz`, zlib.gzipSync(body));
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(urlPath: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${t.url}${urlPath}`,
      { headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'spiegel-web-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  writeCompressed(path.join(dir, 'index.html'), INDEX);
  writeCompressed(path.join(dir, 'assets', 'index-B4x9Qz1a.js'), SCRIPT);
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await startTestApp({ WEB_DIST_DIR: dir });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static web files: compression and caching', () => {
  it('should answer a hashed script with brotli when the browser accepts it, cached as immutable', async () => {
    const res = await get('/assets/index-B4x9Qz1a.js', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
  });

  it('should answer with gzip when the browser accepts only gzip', async () => {
    const res = await get('/assets/index-B4x9Qz1a.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(zlib.gunzipSync(res.body).toString()).toBe(SCRIPT);
  });

  it('should answer uncompressed when the browser accepts no compression', async () => {
    const res = await get('/assets/index-B4x9Qz1a.js', 'identity');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.body.toString()).toBe(SCRIPT);
  });

  it.each([
    ['the root', '/'],
    ['a client-side route', '/ruimtes/0d4c3f7e-2b1a-4c55-9e2b-6c1f0a9d8e71'],
    ['index.html itself', '/index.html'],
  ])('should answer %s with the compressed index.html that is always asked again', async (_, urlPath) => {
    const res = await get(urlPath, 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(INDEX);

    const gzip = await get(urlPath, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(INDEX);
  });

  it('should keep a file without compressed copies as it is, and an unknown API path a JSON 404', async () => {
    const icon = await get('/favicon.svg', 'br, gzip');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-encoding']).toBeUndefined();

    const api = await get('/api/does-not-exist', 'br, gzip');
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/application\/json/);
  });
});
