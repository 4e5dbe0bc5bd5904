import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (this file is apps/web/e2e/support/paths.ts). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const apiMain = path.join(repoRoot, 'apps/api/dist/main.js');
export const webIndex = path.join(repoRoot, 'apps/web/dist/index.html');
export const screenshotDir = path.join(repoRoot, 'artifacts/screenshots');

/** Journeys run against the built app, exactly as people get it; they never build it themselves. */
export function assertBuildsExist(): void {
  const missing = [apiMain, webIndex].filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(
      `The browser journeys need the built app, but ${missing.map((f) => path.relative(repoRoot, f)).join(' and ')} ` +
        'is missing. Run `pnpm build` in the repository root first (root `pnpm test` does not build).',
    );
}
