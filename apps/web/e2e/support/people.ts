import type { Page } from 'playwright-core';

/** Every demo account has this password (apps/api/src/seed/demo-seed.ts). */
export const DEMO_PASSWORD = 'welkom-bij-spiegel';

export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

export async function logIn(page: Page, login: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('Inlognaam').fill(login);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await heading(page, /^Hallo, /).waitFor();
}

/** From the home page into a room, and wait until it is live. */
export async function openRoom(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^${name}`) }).click();
  await heading(page, name).waitFor();
  await page.getByRole('region', { name: `Berichten in ${name}` }).waitFor();
  await connected(page);
}

export async function connected(page: Page, timeout = 30_000): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^Verbonden$/ })
    .waitFor({ timeout });
}

export const timeline = (page: Page, room: string) =>
  page.getByRole('region', { name: `Berichten in ${room}` });

export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
