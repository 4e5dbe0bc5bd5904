import { describe, expect, it } from '@jest/globals';
import { checkpoint, heading, logIn, openRoom, timeline, setUpJourney, type Visitor } from './support';

/**
 * Issues 4 and 13, safety: a message that reads like a crisis is delivered, the author sees 113 at once —
 * told plainly when nobody is watching (outside the staffed hours the admin sets) and that a facilitator is
 * informed when someone is — and the group's facilitator Ruben is told through the bell (without the words
 * themselves). The alert is a case: Ruben picks it up, gets in touch in a 1:1 and closes it with an
 * outcome. Peers see "Laat weten dat je er bent" instead of "Ik herken dit".
 */
const JOURNEY = 'journey4';
const ROOM = 'Groep Voorjaar';
const CRISIS_TEXT = 'Ik zie het niet meer zitten, ik wil er niet meer zijn.';
const SECOND_TEXT = 'Het gaat vanavond echt niet. Ik wil er niet meer zijn.';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

const journey = setUpJourney();
const visitor = journey.visitor;

/** Today's weekday in Dutch time, as the admin screen numbers it (1 = maandag … 7 = zondag). */
function dutchWeekdayToday(): string {
  const day = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', weekday: 'short' }).format(
    new Date(),
  );
  return String(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(day) + 1);
}

/** A screenshot (and accessibility check) on a phone and on a desktop. */
async function bothSizes(page: Visitor['page'], step: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await checkpoint(page, JOURNEY, `${step}-390`);
  await page.setViewportSize(DESKTOP);
  await checkpoint(page, JOURNEY, `${step}-desktop`);
}

describe('journey 4: crisis support', () => {
  it('should tell Sanne honestly who is watching, and let Ruben pick up, reach out and close the case', async () => {
    const beheer = await visitor();
    const ruben = await visitor();
    const sanne = await visitor();
    const lotte = await visitor();

    // The admin says nobody watches at the moment: no hours, sessions do not count.
    await logIn(beheer.page, 'beheer');
    await beheer.page.goto('/beheer');
    const hours = beheer.page.getByRole('region', { name: 'Wanneer kijkt er iemand mee?' });
    await hours.getByRole('button', { name: 'Opslaan' }).waitFor();
    while ((await hours.getByRole('button', { name: /^Verwijder dit tijdvak/ }).count()) > 0)
      await hours
        .getByRole('button', { name: /^Verwijder dit tijdvak/ })
        .first()
        .click();
    await hours.getByRole('checkbox', { name: 'Bijeenkomsten van trajecten tellen mee' }).uncheck();
    await hours.getByRole('button', { name: 'Opslaan' }).click();
    await hours.getByText('Opgeslagen.').waitFor();
    await hours.getByText('Nog geen tijden', { exact: false }).waitFor();

    await logIn(ruben.page, 'ruben');
    const bell = ruben.page.getByRole('banner').getByRole('link', { name: /^Meldingen/ });
    await bell.waitFor();
    const before = Number((await bell.getAttribute('aria-label'))?.match(/(\d+) ongelezen/)?.[1] ?? 0);

    // Outside staffed hours: the panel says plainly that nobody is watching, and where help is.
    await logIn(sanne.page, 'sanne');
    await openRoom(sanne.page, ROOM);
    const box = sanne.page.getByRole('textbox', { name: `Je bericht aan ${ROOM}` });
    await box.fill(CRISIS_TEXT);
    await box.press('Enter');
    const unwatched = sanne.page.getByRole('dialog', { name: 'Er kijkt nu niemand van ons mee' });
    await unwatched.waitFor();
    expect(await unwatched.textContent()).toContain('Je bericht is verstuurd en blijft staan');
    expect(await unwatched.getByRole('link', { name: '113', exact: true }).getAttribute('href')).toBe(
      'tel:113',
    );
    expect(await unwatched.getByRole('link', { name: '0800-0113' }).getAttribute('href')).toBe(
      'tel:08000113',
    );
    expect(await unwatched.getByRole('link', { name: /^113\.nl/ }).getAttribute('href')).toBe(
      'https://www.113.nl',
    );
    expect(await unwatched.getByRole('link', { name: '112' }).getAttribute('href')).toBe('tel:112');
    // Focus went to the panel, so a screen reader reads it first.
    expect(await sanne.page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Er kijkt nu niemand van ons mee',
    );
    await timeline(sanne.page, ROOM).getByText(CRISIS_TEXT).waitFor();
    await bothSizes(sanne.page, '01-panel-nobody-watching');
    await unwatched.getByRole('button', { name: 'Sluiten' }).click();

    // The admin sets today as staffed, all day; now the panel says a facilitator is informed.
    await hours.getByRole('button', { name: 'Tijdvak toevoegen' }).click();
    await hours.getByRole('combobox', { name: 'Dag' }).last().selectOption(dutchWeekdayToday());
    await hours.getByLabel('Van', { exact: true }).last().fill('00:00');
    await hours.getByLabel('Tot', { exact: true }).last().fill('23:59');
    await hours.getByRole('button', { name: 'Opslaan' }).click();
    await hours.getByText('Opgeslagen.').waitFor();
    await bothSizes(beheer.page, '02-admin-staffed-hours');

    await box.fill(SECOND_TEXT);
    await box.press('Enter');
    const watched = sanne.page.getByRole('dialog', { name: 'Je staat er niet alleen voor' });
    await watched.waitFor();
    expect(await watched.textContent()).toContain(
      'Een begeleider heeft een seintje gekregen en kijkt nu mee',
    );
    expect(await watched.getByRole('link', { name: '112' }).getAttribute('href')).toBe('tel:112');
    await bothSizes(sanne.page, '03-panel-facilitator-informed');
    await watched.getByRole('button', { name: 'Sluiten' }).click();

    // Ruben's bell counts both, live; the notifications never carry what was written.
    await ruben.page
      .getByRole('banner')
      .getByRole('link', { name: `Meldingen, ${before + 2} ongelezen` })
      .waitFor();
    await bell.click();
    await heading(ruben.page, 'Meldingen').waitFor();
    await ruben.page
      .getByRole('listitem')
      .filter({ hasText: 'Iemand in Groep Voorjaar schreef iets dat op een crisis kan wijzen.' })
      .first()
      .waitFor();
    expect(await ruben.page.content()).not.toContain('niet meer zitten');
    await checkpoint(ruben.page, JOURNEY, '04-notifications');

    // The alert is a case: Ruben picks up Sanne's latest one.
    await ruben.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Crisismeldingen' })
      .click();
    await heading(ruben.page, 'Crisismeldingen').waitFor();
    const open = ruben.page.getByRole('listitem').filter({ hasText: 'Bericht van Sanne' });
    await open.first().waitFor();
    expect(await open.count()).toBe(2);
    expect(await ruben.page.content()).not.toContain('niet meer zitten');
    await open.first().getByRole('button', { name: 'Oppakken' }).click();
    const mine = ruben.page.getByRole('listitem').filter({ hasText: 'Opgepakt door jou' });
    await mine.waitFor();
    await bothSizes(ruben.page, '05-case-picked-up');

    // Contact opnemen opens the 1:1 with Sanne.
    await mine.getByRole('button', { name: 'Contact opnemen' }).click();
    await heading(ruben.page, 'Sanne').waitFor();
    const dm = ruben.page.getByRole('textbox', { name: 'Je bericht aan Sanne' });
    await dm.fill('Hoi Sanne, ik zag je bericht. Ik ben er. Zullen we even bellen?');
    await dm.press('Enter');
    await timeline(ruben.page, 'Sanne').getByText('Zullen we even bellen?').waitFor();
    await checkpoint(ruben.page, JOURNEY, '06-contact');

    // Closed with an outcome and a short note.
    await ruben.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Crisismeldingen' })
      .click();
    await heading(ruben.page, 'Crisismeldingen').waitFor();
    await mine.getByRole('button', { name: 'Afronden' }).click();
    const form = ruben.page.getByRole('form', { name: 'Melding afronden' });
    await form.getByRole('radio', { name: 'Contact gehad' }).check();
    await form.getByRole('textbox').fill('Gebeld; ze is vanavond bij haar zus.');
    await bothSizes(ruben.page, '07-closing');
    await form.getByRole('button', { name: 'Afronden' }).click();
    const closed = ruben.page.getByRole('region', { name: 'Afgerond' }).getByRole('listitem').filter({
      hasText: 'Afgerond door jou',
    });
    await closed.filter({ hasText: 'Uitkomst: Contact gehad' }).first().waitFor();
    await bothSizes(ruben.page, '08-closed');

    // A peer is offered "Laat weten dat je er bent", not "Ik herken dit", and told a facilitator knows.
    await logIn(lotte.page, 'lotte');
    await openRoom(lotte.page, ROOM);
    const message = timeline(lotte.page, ROOM).getByRole('article').filter({ hasText: CRISIS_TEXT });
    await message.getByRole('button', { name: 'Laat weten dat je er bent' }).waitFor();
    expect(await message.getByRole('button', { name: /Ik herken dit/ }).count()).toBe(0);
    await message.getByText('Een begeleider is op de hoogte.').waitFor();
    await message.getByRole('button', { name: 'Laat weten dat je er bent' }).click();
    await message.getByRole('button', { name: /Je liet weten dat je er bent/ }).waitFor();
    await bothSizes(lotte.page, '09-peer');

    for (const v of [beheer, ruben, sanne, lotte]) expect(v.problems).toEqual([]);
  }, 900_000); // four people, nine steps, eighteen screenshots with an accessibility check each
});
