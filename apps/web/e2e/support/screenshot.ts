import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotDir } from './paths';

/** Saves `<repo>/artifacts/screenshots/<journey>-<step>.png` (full page) and returns its path. */
export async function screenshot(page: Page, journey: string, step: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${journey}-${step}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
