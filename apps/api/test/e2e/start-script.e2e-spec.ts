import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The shape of scripts/start.mjs (plain JS, run by `pnpm start`). */
interface StartScript {
  hashInputs(dir?: string): string;
  BUILD_INPUTS: string[];
}

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

async function load(): Promise<StartScript> {
  // A variable path keeps TypeScript from looking for types of the .mjs file; the interface has them.
  const file = path.join(repoRoot, 'scripts/start.mjs');
  return (await import(file)) as StartScript;
}

describe('pnpm start skips the build only when no build input changed', () => {
  function tree(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'spiegel-start-'));
    for (const [rel, text] of [
      ['apps/api/src/main.ts', 'export {};\n'],
      ['apps/web/src/main.tsx', 'export {};\n'],
      ['packages/domain/src/index.ts', 'export const a = 1;\n'],
      ['pnpm-lock.yaml', 'lockfileVersion: 9\n'],
    ] as const) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    return dir;
  }

  it('should keep the hash when only a modification time changes, and change it with the content', async () => {
    const { hashInputs } = await load();
    const dir = tree();
    try {
      const before = hashInputs(dir);
      utimesSync(path.join(dir, 'apps/api/src/main.ts'), new Date(), new Date(Date.now() + 60_000));
      expect(hashInputs(dir)).toBe(before);
      writeFileSync(path.join(dir, 'packages/domain/src/index.ts'), 'export const a = 2;\n');
      const edited = hashInputs(dir);
      expect(edited).not.toBe(before);
      // A new file counts too, and so does the lockfile (a changed dependency).
      writeFileSync(path.join(dir, 'apps/web/src/new.ts'), '');
      expect(hashInputs(dir)).not.toBe(edited);
      const withFile = hashInputs(dir);
      writeFileSync(path.join(dir, 'pnpm-lock.yaml'), 'lockfileVersion: 9.1\n');
      expect(hashInputs(dir)).not.toBe(withFile);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should ignore what the build writes and what is installed', async () => {
    const { hashInputs } = await load();
    const dir = tree();
    try {
      const before = hashInputs(dir);
      mkdirSync(path.join(dir, 'apps/api/src/dist'), { recursive: true });
      writeFileSync(path.join(dir, 'apps/api/src/dist/main.js'), 'x');
      mkdirSync(path.join(dir, 'apps/web/src/node_modules'), { recursive: true });
      writeFileSync(path.join(dir, 'apps/web/src/node_modules/x.js'), 'x');
      expect(hashInputs(dir)).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should list the sources of all three packages among its inputs', async () => {
    const { BUILD_INPUTS } = await load();
    expect(BUILD_INPUTS).toEqual(
      expect.arrayContaining(['packages/domain/src', 'apps/web/src', 'apps/api/src', 'pnpm-lock.yaml']),
    );
  });
});

describe('the start stops with one sentence when it cannot start', () => {
  const main = path.join(repoRoot, 'apps/api/dist/main.js');

  /** The built API as `pnpm start` runs it; what it printed and its exit code. */
  function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    if (!existsSync(main)) throw new Error(`${main} is missing: run pnpm build first`);
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [main], {
        env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', HOST: '127.0.0.1', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, output });
      });
    });
  }

  it('should name the taken port before starting any database', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const { port } = taken.address() as net.AddressInfo;
    try {
      // An embedded database that would take seconds to make: the port is checked first, so none is made.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'spiegel-start-port-'));
      const { code, output } = await start({ PORT: String(port), EMBEDDED_PG_DIR: path.join(dir, 'pg') });
      rmSync(dir, { recursive: true, force: true });
      expect(code).toBe(1);
      expect(output.trim()).toBe(
        `Port ${port} is already in use: set PORT to a free port (for example PORT=3000 pnpm start), or stop what uses it.`,
      );
    } finally {
      await new Promise((r) => taken.close(r));
    }
  }, 90_000);

  it('should say that PostgreSQL does not answer, without the password of DATABASE_URL', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const { port: dbPort } = closed.address() as net.AddressInfo;
    await new Promise((r) => closed.close(r));
    const free = net.createServer();
    await new Promise<void>((r) => free.listen(0, '127.0.0.1', () => r()));
    const { port } = free.address() as net.AddressInfo;
    await new Promise((r) => free.close(r));
    const { code, output } = await start({
      PORT: String(port),
      DATABASE_URL: `postgres://spiegel:heel-geheim@127.0.0.1:${dbPort}/spiegel`,
    });
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      `PostgreSQL on 127.0.0.1:${dbPort} (DATABASE_URL) does not answer: start it, or correct the host and port. Without DATABASE_URL, pnpm start runs a PostgreSQL of its own.`,
    );
  }, 90_000);
});
