import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkpoint, heading, logIn, screenshot, setUpJourney } from './support';

/**
 * Issue 14, web push and the installable app: the manifest is valid and its icons are there, the
 * service worker registers and takes the page, the app shell opens without a network and says so
 * calmly, and Ruben (a facilitator) turns on push for a kind and finds it saved after a reload. The
 * browser is asked for permission only when the button is pressed.
 */
const JOURNEY = 'pwa';

const journey = setUpJourney();
const visitor = journey.visitor;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

describe('journey: the installable app', () => {
  it('should serve a valid manifest whose icons are all there', async () => {
    const { page } = await visitor();
    await page.goto('/inloggen');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/application\/manifest\+json/);
    const manifest = (await res.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      lang: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Spiegel',
      short_name: 'Spiegel',
      start_url: '/',
      display: 'standalone',
      theme_color: '#1d6b66',
      lang: 'nl',
    });
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`);
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) {
      const got = await page.request.get(icon.src);
      expect(got.status()).toBe(200);
      expect(got.headers()['content-type']).toBe('image/png');
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(await got.body())).toEqual({ width: w, height: h });
    }
  });

  it('should register the service worker, and open the app shell offline with a clear offline state', async () => {
    const { page, context } = await visitor();
    await logIn(page, 'ruben');
    const scriptUrl = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.scriptURL ?? '';
    });
    expect(new URL(scriptUrl).pathname).toBe('/sw.js');
    await page.reload();
    await heading(page, /^Hallo, /).waitFor();
    await controlledByServiceWorker(page);
    // The API's answers are never cached by the service worker: only the app's own files.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(cached).toContain('/index.html');
    expect(cached.filter((u) => u.startsWith('/api/'))).toEqual([]);
    await expect(page.getByTestId('offline-banner').isVisible()).resolves.toBe(false);

    await context.setOffline(true);
    await page.reload();
    const banner = page.getByText(
      'Je bent offline — je berichten worden verstuurd zodra er weer verbinding is.',
    );
    await banner.waitFor();
    // The app's own frame came from the service worker: the header and its menu are there.
    await page.getByRole('link', { name: 'Spiegel', exact: false }).first().waitFor();
    await screenshot(page, JOURNEY, '01-offline-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, JOURNEY, '02-offline-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await context.setOffline(false);
    await page.getByTestId('offline-banner').waitFor({ state: 'hidden' });
    await page.reload();
    await heading(page, /^Hallo, /).waitFor();
  });

  it('should offer push on this device on a click only, and save push per kind', async () => {
    const { page, problems } = await visitor();
    await page.setViewportSize({ width: 390, height: 844 });
    await logIn(page, 'ruben');
    await page.goto('/account');
    await heading(page, 'Mijn account').waitFor();
    const button = page.getByRole('button', { name: 'Meldingen op dit apparaat aanzetten' });
    await button.waitFor();
    // Nothing was asked on load: the permission is still undecided.
    expect(await page.evaluate(() => Notification.permission)).toBe('default');

    const crisis = page.getByRole('group', { name: 'Crisismeldingen (voor begeleiders)' });
    // Staff get crisis alerts by push by default.
    expect(await crisis.getByRole('checkbox', { name: 'Als melding op je apparaten' }).isChecked()).toBe(
      true,
    );
    const community = page.getByRole('group', { name: 'Nieuws uit je groepen' });
    await community.getByRole('checkbox', { name: 'Als melding op je apparaten' }).check();
    await page.getByRole('button', { name: 'Keuzes opslaan' }).click();
    await page.getByText('Je keuzes zijn opgeslagen.').waitFor();

    await page.reload();
    await heading(page, 'Mijn account').waitFor();
    const again = page.getByRole('group', { name: 'Nieuws uit je groepen' });
    expect(await again.getByRole('checkbox', { name: 'Als melding op je apparaten' }).isChecked()).toBe(true);
    await page.getByRole('heading', { name: 'Meldingen op dit apparaat' }).scrollIntoViewIfNeeded();
    await checkpoint(page, JOURNEY, '03-account-push-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.getByRole('heading', { name: 'Meldingen op dit apparaat' }).scrollIntoViewIfNeeded();
    await screenshot(page, JOURNEY, '04-account-push-desktop');
    expect(problems).toEqual([]);
  });
});
