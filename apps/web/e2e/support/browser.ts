import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium (never a downloaded browser build). A missing browser fails the journey. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(
      `No Chromium at ${executablePath}. Install it with \`apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium binary). The browser journeys never skip.',
    );
  // `launch` gives every run a fresh temporary profile (user-data-dir) and removes it afterwards.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far, e.g. CSP refusals. */
  problems: string[];
}

/** A new person: their own cookies and storage, a desktop-sized window, Dutch browser. */
export async function newVisitor(browser: Browser, baseUrl: string): Promise<Visitor> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1280, height: 860 },
    locale: 'nl-NL',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}
