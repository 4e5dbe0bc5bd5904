import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation (WCAG A/AA and
 * best practices). Milder findings are printed, not fatal.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const describe = (v: (typeof results.violations)[number]) =>
    `  [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}\n` +
    v.nodes
      .map(
        (n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`,
      )
      .join('\n');
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  const other = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (other.length > 0) console.warn(`axe (${label}, not blocking):\n${other.map(describe).join('\n')}`);
  if (blocking.length > 0) {
    const report = blocking.map(describe).join('\n');
    console.error(`axe (${label}):\n${report}`);
    throw new Error(`Accessibility violations on "${label}" (${page.url()}):\n${report}`);
  }
}
