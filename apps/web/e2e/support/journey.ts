import { afterAll, beforeAll } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, newVisitor, type Visitor } from './browser';
import { logIn } from './people';
import { type RunningApp, startServer } from './server';

export interface Journey {
  /** The running app (API + web on one port, fresh database with the demo seed); set in `beforeAll`. */
  readonly app: RunningApp;
  readonly browser: Browser;
  /** A new person in their own browser context, logged in first when `login` is given; closed after all. */
  visitor: (login?: string) => Promise<Visitor>;
}

/**
 * The start and teardown journey files share: call it once at the top of the file. Before all tests it
 * starts the app and the browser; after all it closes each visitor's context and the browser, and stops the
 * app (which drops its database).
 */
export function setUpJourney(): Journey {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const visitors: Visitor[] = [];

  beforeAll(async () => {
    app = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const v of visitors) await v.context.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await app?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`The journey's ${what} is not started yet (use it inside a test).`);
    return value;
  };

  return {
    get app() {
      return started(app, 'app');
    },
    get browser() {
      return started(browser, 'browser');
    },
    visitor: async (login?: string) => {
      const v = await newVisitor(started(browser, 'browser'), started(app, 'app').baseUrl);
      visitors.push(v);
      if (login) await logIn(v.page, login);
      return v;
    },
  };
}
