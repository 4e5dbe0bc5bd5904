import type { Page } from 'playwright-core';
import { expectAccessible } from './a11y';
import { screenshot } from './screenshot';

/** Every page a journey visits: a screenshot to look at, then the axe check (screenshot first, so a failure has one). */
export async function checkpoint(page: Page, journey: string, step: string): Promise<void> {
  await screenshot(page, journey, step);
  await expectAccessible(page, `${journey}-${step}`);
}
