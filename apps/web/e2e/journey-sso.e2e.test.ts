import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { startTestProvider, type TestProvider } from '../../api/test/support/oidc-test-provider';
import {
  checkpoint,
  heading,
  launchBrowser,
  logIn,
  newVisitor,
  type RunningApp,
  startServer,
  type Visitor,
} from './support';

/**
 * Issue 18: an admin points the demo organisation at its OpenID Connect provider (a real oidc-provider
 * started here) and invites a facilitator by work e-mail; she logs in through the provider from the log-in
 * page on a phone; someone without an invitation is refused with a page that says what to do.
 */
const JOURNEY = 'journey-sso';
const DEMO_SLUG = 'herstelacademie-de-brug';

let app: RunningApp;
let op: TestProvider;
let browser: Browser;
const visitors: Visitor[] = [];

beforeAll(async () => {
  // The journeys run the API with NODE_ENV=production, where SSO needs a real key.
  process.env.SSO_ENCRYPTION_KEY = '5a'.repeat(32);
  app = await startServer();
  op = await startTestProvider([`${app.baseUrl}/api/sso/callback`]);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const v of visitors) await v.context.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await op?.close();
  await app?.stop();
});

async function visitor(): Promise<Visitor> {
  const v = await newVisitor(browser, app.baseUrl);
  visitors.push(v);
  return v;
}

describe('journey: staff log in with their organisation', () => {
  it('should let the admin configure the provider and invite a facilitator by work e-mail', async () => {
    const { page, problems } = await visitor();
    await logIn(page, 'beheer');
    await page.goto('/beheer');
    const sso = page.getByRole('region', { name: 'Inloggen met je organisatie (SSO)' });
    await sso.getByLabel('Issuer-URL').waitFor();
    // The demo shows an example provider, switched off: replace it with the real one.
    expect(await sso.getByLabel('Issuer-URL').inputValue()).toContain('de-brug.example');
    expect(await sso.getByLabel('Redirect-URI', { exact: false }).inputValue()).toBe(
      `${app.baseUrl}/api/sso/callback`,
    );
    await sso.getByLabel('Issuer-URL').fill(op.issuer);
    await sso.getByLabel('Client-ID').fill(op.clientId);
    await sso.getByLabel('Client secret').fill(op.clientSecret);
    await sso.getByLabel('Waarden voor begeleider').fill('spiegel-begeleiding');
    await sso.getByLabel('Inloggen met de organisatie aanzetten').check();
    await sso.getByRole('button', { name: 'SSO-instellingen opslaan' }).click();
    await sso.getByText('Opgeslagen.').waitFor();
    expect(await sso.getByLabel('Client secret').inputValue()).toBe('');
    await sso.getByText('Er is een secret opgeslagen', { exact: false }).waitFor();
    await sso.scrollIntoViewIfNeeded();
    await checkpoint(page, JOURNEY, '01-admin-settings');

    await page.getByLabel('Rol').first().selectOption('facilitator');
    await page.getByLabel('Werkmailadres', { exact: false }).fill('lotte@de-brug.example');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.getByRole('heading', { name: 'De uitnodiging is klaar' }).waitFor();
    await page.getByText('lotte@de-brug.example').first().waitFor();
    expect(problems).toEqual([]);
  });

  it('should log in a facilitator through the provider from the log-in page, on a phone', async () => {
    const { page, problems } = await visitor();
    await page.setViewportSize({ width: 390, height: 844 });
    op.loginAs({
      sub: 'lotte-001',
      email: 'lotte@de-brug.example',
      email_verified: true,
      name: 'Lotte Bakker',
      groups: ['spiegel-begeleiding'],
    });
    await page.goto('/inloggen');
    await page.getByRole('heading', { name: 'Inloggen met je organisatie' }).waitFor();
    await page.getByLabel('Je werkmailadres').fill('lotte@de-brug.example');
    await checkpoint(page, JOURNEY, '02-login-390');
    await page.getByRole('button', { name: 'Verder via je organisatie' }).click();
    await heading(page, /^Hallo, Lotte Bakker/).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    await checkpoint(page, JOURNEY, '03-home-390');
    expect(problems).toEqual([]);
  });

  it('should refuse someone without an invitation with a Dutch page that says what to do', async () => {
    const { page } = await visitor();
    op.loginAs({
      sub: 'onbekend-002',
      email: 'jan@de-brug.example',
      email_verified: true,
      groups: ['spiegel-begeleiding'],
    });
    await page.goto(`/inloggen?organisatie=${DEMO_SLUG}`);
    await page.getByText('Medewerkers van Herstelacademie De Brug', { exact: false }).waitFor();
    await checkpoint(page, JOURNEY, '04-login-organisation-link');
    await page.getByRole('button', { name: 'Verder via je organisatie' }).click();
    await heading(page, 'Inloggen via je organisatie is niet gelukt').waitFor({ timeout: 30_000 });
    expect(await page.textContent('main')).toContain(
      'Vraag een beheerder van je organisatie om een uitnodiging',
    );
    await checkpoint(page, JOURNEY, '05-refused');
    await page.getByRole('link', { name: 'Terug naar inloggen' }).click();
    await heading(page, 'Welkom bij Spiegel').waitFor();
  });
});
