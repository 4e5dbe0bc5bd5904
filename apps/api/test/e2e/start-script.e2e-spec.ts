import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
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
