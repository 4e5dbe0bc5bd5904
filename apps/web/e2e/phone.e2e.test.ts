import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  connected,
  heading,
  launchBrowser,
  logIn,
  type RunningApp,
  screenshot,
  screenshotDir,
  startServer,
  webIndex,
  timeline,
  waitUntil,
} from './support';

/**
 * Issue 15: Spiegel on a phone. A participant (Sanne) and a facilitator (Ruben) open every page they
 * have on a 390×844 phone and at 320 px (the WCAG reflow width), and on a 1366 px desktop. Every page:
 * nothing wider than the screen at 320 and 390 px, and axe finds nothing serious or critical at any
 * of the three widths. The room: the newest messages and the composer on the first screen, one page
 * that scrolls (no box inside it), Enter makes a new line on a touch screen. The menu folds behind a
 * button with the 113 line beside it. Wide screens: the menu is one row from 1024 px for every role.
 * Nothing drawn while a page loads is pushed aside when the rest arrives (layout shift).
 * Screenshots: artifacts/screenshots/phone-*.png.
 */
const JOURNEY = 'phone';
const ROOM = 'Groep Voorjaar';

const SCREENS = [
  { name: '320', width: 320, height: 640, touch: true },
  { name: '390', width: 390, height: 844, touch: true },
  { name: '1366', width: 1366, height: 900, touch: false },
] as const;
interface Screen {
  name: string;
  width: number;
  height: number;
  touch: boolean;
}
/** Ten pages with axe each, on a shared two-core machine. */
const TOUR_TIMEOUT_MS = 600_000;

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await app?.stop();
});

async function person(login: string, screen: Screen): Promise<Page> {
  const context = await browser.newContext({
    baseURL: app.baseUrl,
    viewport: { width: screen.width, height: screen.height },
    isMobile: screen.touch,
    hasTouch: screen.touch,
    locale: 'nl-NL',
    reducedMotion: 'reduce',
  });
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page, login);
  return page;
}

/**
 * How far the page reaches past the right edge (`scrollWidth - innerWidth`), and which elements do it
 * (for the failure message). A phone browser widens its layout viewport to fit content that is too
 * wide, so the screen's own width counts too, not only innerWidth.
 */
async function overflow(page: Page): Promise<{ px: number; culprits: string[] }> {
  const screenWidth = page.viewportSize()!.width;
  return page.evaluate((screenWidth) => {
    const px = Math.max(
      document.documentElement.scrollWidth - window.innerWidth,
      document.documentElement.scrollWidth - screenWidth,
    );
    const culprits: string[] = [];
    if (px > 0)
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > screenWidth + 0.5 && culprits.length < 8)
          culprits.push(
            `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(r.right)}`,
          );
      }
    return { px, culprits };
  }, screenWidth);
}

/** Scroll containers inside the page that actually scroll (a table's sideways region is allowed). */
async function nestedScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
  );
}

async function axeProblems(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: [${v.impact}] ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until the page has settled: its heading, no loading line, no requests in flight. */
async function settled(page: Page, title: string | RegExp): Promise<void> {
  await heading(page, title).waitFor();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}

interface Stop {
  path: string;
  title: string | RegExp;
  slug: string;
}

/** Visits each page and collects every problem, so one run shows all of them. */
async function tour(page: Page, screen: Screen, who: string, stops: Stop[]): Promise<string[]> {
  const problems: string[] = [];
  for (const stop of stops) {
    await page.goto(stop.path);
    await settled(page, stop.title);
    const label = `${who} ${stop.path} @${screen.width}`;
    if (screen.width < 1000) {
      const { px, culprits } = await overflow(page);
      if (px > 0) problems.push(`${label}: ${px} px sideways (${culprits.join('; ')})`);
      // The room is one long page on a phone: its first screen is what counts.
      if (stop.slug === 'room')
        await page.screenshot({
          path: path.join(screenshotDir, `${JOURNEY}-${who}-room-${screen.name}.png`),
        });
      else await screenshot(page, JOURNEY, `${who}-${stop.slug}-${screen.name}`);
    }
    problems.push(...(await axeProblems(page, label)));
  }
  return problems;
}

async function hrefOf(page: Page, name: RegExp): Promise<string> {
  const href = await page.getByRole('link', { name }).first().getAttribute('href');
  if (!href) throw new Error(`no link ${String(name)} on ${page.url()}`);
  return href;
}

describe('journey: Spiegel on a phone', () => {
  it('should show the room on a 390×844 phone with the newest messages and the composer on the first screen', async () => {
    const sanne = await person('sanne', SCREENS[1]);
    await sanne.getByRole('link', { name: new RegExp(`^${ROOM}`) }).click();
    await heading(sanne, ROOM).waitFor();
    await connected(sanne);
    const box = sanne.getByRole('textbox', { name: `Je bericht aan ${ROOM}` });
    await box.waitFor();
    await sanne.waitForTimeout(300);

    const inView = (el: { y: number; height: number } | null) =>
      el !== null && el.y >= 0 && el.y + el.height <= 844;
    expect(inView(await box.boundingBox())).toBe(true);
    expect(inView(await sanne.getByRole('button', { name: 'Versturen' }).boundingBox())).toBe(true);
    const newest = timeline(sanne, ROOM).locator('.timeline__item').last();
    const newestBox = await newest.boundingBox();
    expect(newestBox).not.toBeNull();
    expect(newestBox!.y + newestBox!.height).toBeGreaterThan(0);
    expect(newestBox!.y).toBeLessThan(844);
    // One page scrolls; nothing inside it does.
    expect(await nestedScrollers(sanne)).toEqual([]);
    expect(await sanne.evaluate(() => document.scrollingElement!.scrollTop)).toBeGreaterThan(0);
    await sanne.screenshot({ path: path.join(screenshotDir, `${JOURNEY}-sanne-room-first-screen-390.png`) });

    // A phone keyboard has no Shift+Enter: Enter is a new line, the button sends.
    await box.click();
    await box.pressSequentially('Eerste regel');
    await box.press('Enter');
    await box.pressSequentially('tweede regel');
    await expect(box.inputValue()).resolves.toBe('Eerste regel\ntweede regel');
    await sanne.getByRole('button', { name: 'Versturen' }).tap();
    const sent = timeline(sanne, ROOM).locator('.contribution').filter({ hasText: 'Eerste regel' });
    await sent.getByText('Verstuurd').waitFor();
    await expect(box.inputValue()).resolves.toBe('');
    expect(inView(await sent.boundingBox())).toBe(true);
    expect(inView(await box.boundingBox())).toBe(true);
    await sanne.screenshot({ path: path.join(screenshotDir, `${JOURNEY}-sanne-room-sent-390.png`) });
  });

  it('should paint the first screen from the HTML alone and hand it to the app with one header and one main', async () => {
    const recordViolations = () => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    };
    const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    const firstScreen = (page: Page) =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        header: Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height),
        brandTop: Math.round(document.querySelector('.brand__name')!.getBoundingClientRect().top),
        bodyMargin: getComputedStyle(document.body).marginTop,
        brandColour: getComputedStyle(document.querySelector('.brand__name')!).color,
      }));

    // A phone that never ran the app (no service worker), with the app's scripts and stylesheet held
    // back: what the HTML alone paints, styled by its inlined CSS (which the CSP allows by its hash).
    const context = await browser.newContext({
      baseURL: app.baseUrl,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'nl-NL',
      serviceWorkers: 'block',
    });
    contexts.push(context);
    await context.addInitScript(recordViolations);
    const bare = await context.newPage();
    await bare.route(/\/assets\/.+\.(js|css)$/, (route) => route.abort());
    await bare.goto('/');
    await bare.locator('.brand__name').waitFor();
    expect(await bare.locator('.brand__name').textContent()).toBe('Spiegel');
    const shell = await firstScreen(bare);
    expect(shell).toMatchObject({
      lang: 'nl',
      header: 61,
      bodyMargin: '0px',
      brandColour: 'rgb(20, 79, 75)',
    });
    expect(await bare.locator('.page-skeleton').isVisible()).toBe(true);
    // No landmarks in the shell: the app's header and main are the only ones once it runs.
    expect(await bare.getByRole('banner').count()).toBe(0);
    expect(await bare.getByRole('main').count()).toBe(0);
    expect(await violations(bare)).toEqual([]);
    await screenshot(bare, JOURNEY, 'shell-390');

    // The app takes over (logged in): one header and one main, the skeleton gone, the header's row
    // where the shell drew it.
    const sanne = await person('sanne', SCREENS[1]);
    await sanne.context().addInitScript(recordViolations);
    await sanne.reload();
    await heading(sanne, /^Hallo, /).waitFor();
    expect(await firstScreen(sanne)).toEqual(shell);
    expect(await sanne.getByRole('banner').count()).toBe(1);
    expect(await sanne.getByRole('main').count()).toBe(1);
    expect(await sanne.locator('.page-skeleton, [aria-busy="true"]').count()).toBe(0);
    expect(await violations(sanne)).toEqual([]);
  });

  it("should start a deep link's first requests from the HTML, and the app should take each of them", async () => {
    const asked: string[] = [];
    const record = (page: Page) =>
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
      });
    const early = (page: Page) =>
      page.evaluate(() => {
        const w = window as unknown as { __spiegelEarly?: Record<string, unknown> };
        return w.__spiegelEarly ? Object.keys(w.__spiegelEarly) : null;
      });
    const times = (url: string) => asked.filter((a) => a === url).length;

    const sanne = await person('sanne', SCREENS[1]);
    const room = await hrefOf(sanne, new RegExp(ROOM));
    const roomId = room.split('/').pop() ?? '';
    record(sanne);
    await sanne.goto(room);
    await heading(sanne, ROOM).waitFor();
    await timeline(sanne, ROOM).locator('li').first().waitFor();
    // index.html asked for the room's first page and the mutes; the app took those answers (none left over)
    // instead of asking again.
    expect(await early(sanne)).toEqual([]);
    expect([times(`/api/rooms/${roomId}/contributions?limit=50`), times('/api/mutes')]).toEqual([1, 1]);

    const ruben = await person('ruben', SCREENS[1]);
    record(ruben);
    await ruben.goto(`${room}/dashboard`);
    await heading(ruben, 'Dashboard van de groep').waitFor();
    await ruben.getByRole('heading', { name: 'Suggesties' }).waitFor();
    expect(await early(ruben)).toEqual([]);
    expect(times(`/api/insight/rooms/${roomId}/dashboard`)).toBe(1);

    // Any other page starts nothing early.
    await ruben.goto('/mijn-pad');
    expect(await early(ruben)).toEqual([]);
  });

  it('should start the socket after the room is drawn, and lose nothing sent before it connects', async () => {
    const ahmed = await person('ahmed', SCREENS[2]);
    const room = await hrefOf(ahmed, new RegExp(ROOM));
    await ahmed.goto(room);
    await connected(ahmed);

    // Sanne opens the room with the socket.io client's code held back until Ahmed has written: what he
    // sends then reaches her only through the catch-up when her socket connects.
    const sanne = await person('sanne', SCREENS[1]);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const socketCode: { drawnWhenAsked: boolean }[] = [];
    let sockets = 0;
    sanne.on('websocket', () => (sockets += 1));
    await sanne.route(/\/assets\/.+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      // The socket.io client's chunk (engine.io's reason for a dead connection names it).
      if (body.includes('ping timeout')) {
        socketCode.push({ drawnWhenAsked: (await timeline(sanne, ROOM).locator('li').count()) > 0 });
        await held;
      }
      await route.fulfill({ response, body });
    });
    await sanne.goto(room);
    await heading(sanne, ROOM).waitFor();
    await timeline(sanne, ROOM).locator('li').first().waitFor();
    await waitUntil(() => socketCode.length > 0, 'the socket client asked for');
    // Asked only once the room's messages were on screen; no connection yet.
    expect(socketCode).toEqual([{ drawnWhenAsked: true }]);
    expect(sockets).toBe(0);

    const text = `Geschreven voordat Sanne verbonden was ${Date.now()}`;
    const composer = ahmed.getByRole('textbox', { name: `Je bericht aan ${ROOM}` });
    await composer.fill(text);
    await composer.press('Enter');
    await timeline(ahmed, ROOM).getByText(text, { exact: true }).waitFor();
    expect(await timeline(sanne, ROOM).getByText(text, { exact: true }).count()).toBe(0);

    release();
    await connected(sanne);
    await timeline(sanne, ROOM).getByText(text, { exact: true }).waitFor({ timeout: 15_000 });
    expect(await timeline(sanne, ROOM).getByText(text, { exact: true }).count()).toBe(1);
    expect(sockets).toBe(1);
  });

  it('should fold the menu behind a button with the 113 line one tap away, and close it with Escape', async () => {
    const sanne = await person('sanne', SCREENS[0]);
    const menu = sanne.getByRole('button', { name: 'Menu' });
    const nav = sanne.getByRole('navigation', { name: 'Hoofdmenu' });
    const help = sanne.getByRole('link', { name: 'Bel 113 Zelfmoordpreventie' });
    expect(await help.getAttribute('href')).toBe('tel:113');
    expect(await help.isVisible()).toBe(true);
    expect(await nav.isVisible()).toBe(false);
    const headerBox = await sanne.locator('.site-header').boundingBox();
    expect(headerBox!.height).toBeLessThanOrEqual(64);

    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await menu.tap();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await nav.getByRole('link', { name: 'Mijn account' }).waitFor();
    await screenshot(sanne, JOURNEY, 'sanne-menu-open-320');
    expect((await overflow(sanne)).px).toBeLessThanOrEqual(0);
    await sanne.keyboard.press('Tab');
    await sanne.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await nav.isVisible()).toBe(false);

    // Following a link closes it.
    await menu.tap();
    await nav.getByRole('link', { name: 'Mijn account' }).tap();
    await heading(sanne, 'Mijn account').waitFor();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
  });

  it.each(SCREENS)(
    'should fit every participant page at $name px, with nothing serious for axe',
    async (screen) => {
      const sanne = await person('sanne', screen);
      const room = await hrefOf(sanne, new RegExp(`^${ROOM}`));
      await sanne.goto('/trajecten');
      await settled(sanne, /trajecten/i);
      const traject = await hrefOf(sanne, /Voorjaar/);
      const problems = await tour(sanne, screen, 'sanne', [
        { path: '/', title: /^Hallo, /, slug: 'home' },
        { path: room, title: ROOM, slug: 'room' },
        { path: '/meldingen', title: 'Meldingen', slug: 'meldingen' },
        { path: '/trajecten', title: /trajecten/i, slug: 'trajecten' },
        { path: traject, title: /Voorjaar/, slug: 'traject' },
        { path: '/mentor-vinden', title: /mentor/i, slug: 'mentor-vinden' },
        { path: '/mijn-pad', title: /pad/i, slug: 'mijn-pad' },
        { path: '/toestemming', title: 'Meedoen', slug: 'toestemming' },
        { path: '/account', title: 'Mijn account', slug: 'account' },
      ]);
      expect(problems).toEqual([]);
    },
    TOUR_TIMEOUT_MS,
  );

  it.each(SCREENS)(
    'should fit every facilitator page at $name px, with nothing serious for axe',
    async (screen) => {
      const ruben = await person('ruben', screen);
      const room = await hrefOf(ruben, new RegExp(`^${ROOM}`));
      await ruben.goto('/trajecten');
      await settled(ruben, /trajecten/i);
      const traject = await hrefOf(ruben, /Voorjaar/);
      const problems = await tour(ruben, screen, 'ruben', [
        { path: '/', title: /^Hallo, /, slug: 'home' },
        { path: room, title: ROOM, slug: 'room' },
        { path: `${room}/dashboard`, title: 'Dashboard van de groep', slug: 'dashboard' },
        { path: '/trajecten', title: /trajecten/i, slug: 'trajecten' },
        { path: traject, title: /Voorjaar/, slug: 'traject' },
        { path: '/na-afloop', title: /afloop/i, slug: 'na-afloop' },
        { path: '/mentoren', title: /mentoren/i, slug: 'mentoren' },
        { path: '/rapport', title: /rapport/i, slug: 'rapport' },
        { path: '/meldingen', title: 'Meldingen', slug: 'meldingen' },
        { path: '/account', title: 'Mijn account', slug: 'account' },
      ]);
      if (screen.width < 1000) {
        // The admin page and log-in too, on the phone widths.
        const admin = await person('beheer', screen);
        problems.push(
          ...(await tour(admin, screen, 'beheer', [{ path: '/beheer', title: /beheer/i, slug: 'beheer' }])),
        );
        await admin.getByRole('button', { name: 'Menu' }).click();
        await admin.getByRole('button', { name: 'Uitloggen' }).click();
        problems.push(
          ...(await tour(admin, screen, 'visitor', [
            { path: '/inloggen', title: 'Welkom bij Spiegel', slug: 'login' },
          ])),
        );
      }
      expect(problems).toEqual([]);
    },
    TOUR_TIMEOUT_MS,
  );

  it('should serve the app compressed to the browser', async () => {
    const page = await person('sanne', SCREENS[1]);
    const encodings = new Map<string, string | undefined>();
    page.on('response', (res) => {
      if (/\/assets\/.+\.(js|css)$/.test(res.url()))
        encodings.set(res.url(), res.headers()['content-encoding']);
    });
    await page.reload();
    await heading(page, /^Hallo, /).waitFor();
    await page.waitForLoadState('networkidle');
    expect(encodings.size).toBeGreaterThan(0);
    // A file of a few bytes (e.g. an 88-byte shared chunk) gets no compressed copy: it would only grow.
    const bytes = (url: string) => statSync(path.join(path.dirname(webIndex), new URL(url).pathname)).size;
    const worthIt = [...encodings].filter(([url]) => bytes(url) >= 1024);
    expect(worthIt.length).toBeGreaterThan(0);
    for (const [url, encoding] of worthIt)
      expect([url, encoding]).toEqual([url, expect.stringMatching(/^(br|gzip)$/)]);
  });

  it('should keep the wide menu on one row from 1024 px for every role, with language and logging out beside the bell', async () => {
    for (const width of [1024, 1280])
      for (const login of ['beheer', 'ruben', 'sanne']) {
        const page = await person(login, { name: String(width), width, height: 800, touch: false });
        const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
        await nav.getByRole('link', { name: 'Mijn account' }).waitFor();
        const rows = await nav.evaluate(
          (el) =>
            new Set([...el.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().top))).size,
        );
        expect([login, width, rows]).toEqual([login, width, 1]);
        // The menu button is for small screens; language, log-out and 113 sit in the header's top row.
        expect(await page.getByRole('button', { name: 'Menu' }).count()).toBe(0);
        const header = page.getByRole('banner');
        await header.getByRole('button', { name: 'Uitloggen' }).waitFor();
        await header.getByRole('group', { name: /taal/i }).waitFor();
        expect(await header.getByRole('link', { name: 'Bel 113 Zelfmoordpreventie' }).isVisible()).toBe(true);
        if (width === 1280 && login === 'beheer') await screenshot(page, JOURNEY, 'beheer-menu-1280');
        await page.context().close();
      }
  });

  it(
    'should not push aside what is drawn while a page loads (layout shift)',
    async () => {
      const room = await hrefOf(await person('sanne', SCREENS[2]), new RegExp(ROOM));
      const found: string[] = [];
      for (const screen of [SCREENS[1], SCREENS[2]])
        for (const [login, pages] of [
          ['sanne', [['/', /^Hallo, /] as const, [room, ROOM] as const]],
          [
            'ruben',
            [
              ['/', /^Hallo, /] as const,
              [`${room}/dashboard`, 'Dashboard van de groep'] as const,
              ['/rapport', /rapport/i] as const,
            ],
          ],
        ] as const) {
          const context = (await person(login, screen)).context();
          // Every page opened from here on counts its layout shifts from its first paint.
          await context.addInitScript(() => {
            const w = window as unknown as { __shift: number };
            w.__shift = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries()) w.__shift += (e as unknown as { value: number }).value;
            }).observe({ type: 'layout-shift', buffered: true });
          });
          for (const [path, title] of pages) {
            const page = await context.newPage();
            await page.goto(path);
            await settled(page, title);
            await page.waitForTimeout(1_000);
            const total = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
            // Lighthouse's target is 0.1 over its worst window; the sum of every shift is at least that.
            if (total > 0.1) found.push(`${login} ${path} at ${screen.name}: ${total.toFixed(3)}`);
            await page.close();
          }
        }
      expect(found).toEqual([]);
    },
    TOUR_TIMEOUT_MS,
  );
});
