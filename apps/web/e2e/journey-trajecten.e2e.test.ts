import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkpoint, connected, heading, timeline, setUpJourney, type Visitor } from './support';

/**
 * The Trajecten issue, on one demo database, in order:
 * 1. the admin makes a traject with two sessions and Femke as facilitator, invites Joris, Joris reads
 *    the consent screen and takes part, the admin closes the traject early, Joris finds the alumni room;
 * 2. Femke opens "Na afloop", sees Noor at high risk with the reasons in plain Dutch, and writes to her;
 * 3. Femke confirms getuigenis for Bas on "Mentoren"; Bas signs up as a mentor;
 * 4. Sanne looks for a mentor, sees why each could fit, and asks Bas;
 * 5. Bas accepts and they talk in their 1:1 conversation.
 */
const JOURNEY = 'trajecten';
const TRAJECT = 'Zomer — Samen verder';

const journey = setUpJourney();
const visitor = journey.visitor;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** yyyy-mm-dd, `days` from today, in the browser's (and this machine's) local time. */
function day(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The same page on a phone-sized screen, then back. */
async function onPhone(page: Page, look: () => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await look();
  await page.setViewportSize({ width: 1280, height: 860 });
}

describe('journey: trajecten, consent, Na afloop and peer mentors', () => {
  let femke: Visitor;
  let sanne: Visitor;
  let bas: Visitor;

  it('1: should let the admin run a traject from creation to an early close, with consent first', async () => {
    const admin = await visitor('beheer');
    await nav(admin.page).getByRole('link', { name: 'Trajecten' }).click();
    await heading(admin.page, 'Trajecten').waitFor();
    await admin.page.getByRole('link', { name: 'Voorjaar — Herstel in verbinding' }).waitFor();
    await checkpoint(admin.page, JOURNEY, '1-01-trajecten');

    await admin.page.getByRole('button', { name: 'Nieuw traject' }).click();
    const form = admin.page.getByRole('form', { name: 'Nieuw traject' });
    await form.getByLabel(/^Naam/).fill(TRAJECT);
    await form.getByLabel(/^Beschrijving/).fill('Vier avonden om te oefenen met wat we geleerd hebben.');
    await form.getByLabel('Startdatum').fill(day(0));
    await form.getByLabel('Einddatum').fill(day(28));
    await form.getByLabel('Bijeenkomst 1: datum en tijd').fill(`${day(7)}T19:00`);
    await form.getByLabel(/^Bijeenkomst 1: titel/).fill('Kennismaken');
    await form.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await form.getByLabel('Bijeenkomst 2: datum en tijd').fill(`${day(14)}T19:00`);
    // Without a facilitator the form says so and sends nothing.
    await form.getByRole('button', { name: 'Traject maken' }).click();
    await form.getByText('Kies minstens één begeleider.').waitFor();
    await form.getByRole('checkbox', { name: 'Femke' }).check();
    await checkpoint(admin.page, JOURNEY, '1-02-new-traject');
    await form.getByRole('button', { name: 'Traject maken' }).click();

    await heading(admin.page, TRAJECT).waitFor();
    await admin.page.getByText('Het traject is gemaakt, met een eigen groepsruimte.').waitFor();
    const sessions = admin.page.getByRole('region', { name: 'Bijeenkomsten' });
    expect(await sessions.getByRole('listitem').count()).toBe(2);
    await sessions.getByText('Kennismaken').waitFor();
    await admin.page.getByRole('region', { name: 'Begeleiders' }).getByText('Femke').waitFor();
    await admin.page.getByText('Gepland').or(admin.page.getByText('Loopt nu')).first().waitFor();

    const enrol = admin.page.getByRole('region', { name: 'Bestaande leden uitnodigen' });
    await enrol.getByLabel(/Zoek op schuilnaam/).fill('jor');
    await enrol.getByRole('checkbox', { name: 'Joris' }).check();
    await enrol.getByRole('button', { name: 'Uitnodigen' }).click();
    await enrol.getByText('Uitgenodigd: Joris.').waitFor();
    const participants = admin.page.getByRole('table', { name: 'Deelnemers van dit traject, op schuilnaam' });
    await participants.getByRole('row', { name: /Joris.*Uitgenodigd.*Nog niet gevraagd/ }).waitFor();

    // A link for people who have no account yet.
    await admin.page.getByRole('button', { name: 'Link maken' }).click();
    const link = admin.page.getByRole('textbox', { name: 'Uitnodigingslink voor dit traject' });
    const invitationUrl = await link.inputValue();
    expect(invitationUrl).toMatch(new RegExp(`^${journey.app.baseUrl}/uitnodiging/[\\w-]+$`));
    await checkpoint(admin.page, JOURNEY, '1-03-traject-admin');
    await admin.page.getByRole('button', { name: 'Ik heb de link bewaard' }).click();

    // Someone new registers through the link and lands on the consent screen; "Nu niet" leaves it open.
    const mila = await journey.visitor();
    await mila.page.goto(invitationUrl);
    await mila.page
      .getByText(`Je bent uitgenodigd voor het traject "${TRAJECT}".`, { exact: false })
      .waitFor();
    await mila.page.getByLabel('Schuilnaam').fill('Mila');
    await mila.page.getByLabel('Inlognaam').fill('mila');
    await mila.page.getByLabel('Wachtwoord').fill('een rustige zin als wachtwoord');
    await mila.page.getByRole('button', { name: 'Account maken' }).click();
    await heading(mila.page, `Meedoen aan ${TRAJECT}`).waitFor();
    await mila.page.getByRole('button', { name: 'Nu niet' }).click();
    await mila.page
      .getByText('Geen probleem. Je uitnodiging blijft staan; je kunt later nog beslissen.')
      .waitFor();
    await checkpoint(mila.page, JOURNEY, '1-03b-consent-not-now');

    // Joris is invited: home says so before anything else; he reads, tries without agreeing, then agrees.
    const joris = await visitor('joris');
    const pending = joris.page.getByRole('region', { name: 'Uitnodiging voor een traject' });
    await pending.getByText(`Je bent uitgenodigd voor "${TRAJECT}".`).waitFor();
    await checkpoint(joris.page, JOURNEY, '1-04-home-pending-consent');
    await pending.getByRole('link', { name: `Lees wat meedoen inhoudt (${TRAJECT})` }).click();
    await heading(joris.page, `Meedoen aan ${TRAJECT}`).waitFor();
    await joris.page.getByRole('heading', { name: 'Wat er wordt vastgelegd' }).waitFor();
    const followUp = joris.page.getByRole('checkbox', {
      name: 'Begeleiders mogen na afloop contact met mij opnemen',
    });
    expect(await followUp.isChecked()).toBe(false);
    await checkpoint(joris.page, JOURNEY, '1-05-consent');
    await onPhone(joris.page, () => checkpoint(joris.page, JOURNEY, '1-05b-consent-phone'));
    await joris.page.getByRole('button', { name: 'Ik doe mee' }).click();
    await joris.page.getByText(/Vink dit aan als je wilt meedoen/).waitFor();
    await joris.page.getByRole('checkbox', { name: /Ik heb gelezen wat er wordt vastgelegd/ }).check();
    await followUp.check();
    await joris.page.getByRole('button', { name: 'Ik doe mee' }).click();
    await heading(joris.page, TRAJECT).waitFor();
    await joris.page.getByText(`Welkom! Je doet nu mee aan "${TRAJECT}".`).waitFor();
    await checkpoint(joris.page, JOURNEY, '1-06-traject-joined');
    await joris.page.getByRole('link', { name: 'Naar de groep' }).click();
    await heading(joris.page, TRAJECT).waitFor();
    await connected(joris.page);

    await admin.page.reload();
    await participants.getByRole('row', { name: /Joris.*Doet mee.*Ja/ }).waitFor();

    // The admin closes the traject early, behind a question.
    await admin.page.getByRole('button', { name: 'Traject afsluiten' }).click();
    const confirm = admin.page.getByRole('dialog', { name: 'Traject nu afsluiten?' });
    await confirm.waitFor();
    await checkpoint(admin.page, JOURNEY, '1-07-close-confirm');
    await confirm.getByRole('button', { name: 'Ja, afsluiten' }).click();
    await admin.page.getByText('Het traject is afgesloten.', { exact: true }).waitFor();
    await admin.page.getByText('Afgerond (eerder afgesloten)').waitFor();
    await participants.getByRole('row', { name: /Joris.*Afgerond/ }).waitFor();
    expect(await admin.page.getByRole('button', { name: 'Traject afsluiten' }).count()).toBe(0);
    await checkpoint(admin.page, JOURNEY, '1-08-traject-closed');

    // Afterwards the admin corrects the description; the end date of a completed traject stays put.
    await admin.page.getByRole('button', { name: 'Gegevens wijzigen' }).click();
    const details = admin.page.getByRole('form', { name: 'Gegevens van het traject' });
    await details.getByText(/de einddatum ligt vast/).waitFor();
    expect(await details.getByLabel(/Einddatum/).count()).toBe(0);
    await details.getByLabel(/Beschrijving/).fill('Zes avonden over herstel, samen met lotgenoten.');
    await checkpoint(admin.page, JOURNEY, '1-08b-traject-edit');
    await details.getByRole('button', { name: 'Opslaan' }).click();
    await admin.page.getByText('De gegevens van het traject zijn opgeslagen.').waitFor();
    await admin.page.getByText('Zes avonden over herstel, samen met lotgenoten.').waitFor();

    // Joris hears about it and finds the alumni room.
    await joris.page.goto('/meldingen');
    const done = joris.page.getByText(`Het traject "${TRAJECT}" is afgerond.`, { exact: false });
    await done.waitFor();
    await checkpoint(joris.page, JOURNEY, '1-09-notification-completed');
    await joris.page.getByRole('link', { name: 'Naar de alumniruimte' }).first().click();
    await heading(joris.page, 'Alumni').waitFor();
    await connected(joris.page);
    await nav(joris.page).getByRole('link', { name: 'Mijn trajecten' }).click();
    await heading(joris.page, 'Mijn trajecten').waitFor();
    await joris.page.getByText('Je hebt dit traject afgerond.').first().waitFor();
    await nav(joris.page).getByRole('link', { name: 'Mentor worden' }).waitFor();
    await checkpoint(joris.page, JOURNEY, '1-10-my-trajecten');
    expect(admin.problems).toEqual([]);
    expect(joris.problems).toEqual([]);
  });

  it('2: should show Femke that Noor has gone quiet, why, and let her write to Noor', async () => {
    femke = await visitor('femke');
    await nav(femke.page).getByRole('link', { name: 'Na afloop' }).click();
    await heading(femke.page, 'Na afloop').waitFor();
    await femke.page
      .getByText(
        '1 ander gaf geen toestemming voor contact na afloop; die staat niet in de lijst en telt niet mee bij het risico.',
      )
      .waitFor();
    const noor = femke.page
      .getByRole('listitem')
      .filter({ has: femke.page.getByRole('heading', { name: 'Noor' }) });
    await noor.getByText('Risico: hoog').waitFor();
    await noor.getByText(/^\d+ dagen geen contact, daarvoor dagelijks actief\.$/).waitFor();
    await noor.getByText('Geen herkenning ontvangen sinds het einde van het traject.').waitFor();
    await noor.getByText(/Laatst actief: \d+ dagen geleden/).waitFor();
    // The highest risk comes first; Wim did not consent to follow-up and is not listed.
    const names = femke.page.locator('.alumnus h3');
    expect((await names.first().textContent())?.endsWith('Noor')).toBe(true);
    expect(await femke.page.getByRole('heading', { name: 'Wim' }).count()).toBe(0);
    await checkpoint(femke.page, JOURNEY, '2-01-na-afloop');
    await onPhone(femke.page, () => checkpoint(femke.page, JOURNEY, '2-01b-na-afloop-phone'));

    const iris = femke.page
      .getByRole('listitem')
      .filter({ has: femke.page.getByRole('heading', { name: 'Iris' }) });
    await iris.getByRole('button', { name: 'Contact gehad met Iris' }).click();
    const contact = femke.page.getByRole('dialog', { name: 'Contact gehad met Iris' });
    await contact.getByRole('textbox', { name: /Notitie/ }).fill('Kort gebeld, het gaat goed met haar.');
    await checkpoint(femke.page, JOURNEY, '2-02-contact-dialog');
    await contact.getByRole('button', { name: 'Vastleggen' }).click();
    await femke.page.getByText('Vastgelegd: contact gehad met Iris.').waitFor();
    await iris.getByText('Kort gebeld, het gaat goed met haar.').waitFor();

    await noor.getByRole('button', { name: 'Mentor voorstellen aan Noor' }).click();
    const suggest = femke.page.getByRole('dialog', { name: 'Een mentor voorstellen aan Noor' });
    await suggest.getByRole('combobox', { name: 'Mentor' }).waitFor();
    await checkpoint(femke.page, JOURNEY, '2-03-suggest-mentor');
    await suggest.getByRole('button', { name: 'Annuleren' }).click();

    await noor.getByRole('button', { name: 'Persoonlijk bericht aan Noor' }).click();
    await femke.page.waitForURL(/\/ruimtes\/[\w-]+$/);
    await heading(femke.page, 'Noor').waitFor();
    await connected(femke.page);
    const box = femke.page.getByRole('textbox', { name: 'Je bericht aan Noor' });
    await box.fill('Hoi Noor, ik dacht aan je. Hoe gaat het met je?');
    await box.press('Enter');
    await timeline(femke.page, 'Noor').getByText('Hoi Noor, ik dacht aan je. Hoe gaat het met je?').waitFor();
    await checkpoint(femke.page, JOURNEY, '2-04-conversation-noor');
    expect(femke.problems).toEqual([]);
  });

  it('3: should let Femke confirm getuigenis for Bas, and Bas sign up as a mentor', async () => {
    await nav(femke.page).getByRole('link', { name: 'Mentoren' }).click();
    await heading(femke.page, 'Mentoren').waitFor();
    const load = femke.page.getByRole('table', { name: 'Mentoren, op schuilnaam' });
    await load.getByRole('row', { name: /Iris.*beschikbaar.*1 van 2 plekken bezet/ }).waitFor();
    const alumni = femke.page.getByRole('table', { name: 'Oud-deelnemers, op schuilnaam' });
    await alumni.getByRole('row', { name: /Bas.*Niet bevestigd of nog niet bereikt/ }).waitFor();
    await checkpoint(femke.page, JOURNEY, '3-01-mentoren');
    await alumni.getByRole('button', { name: 'Bevestigen (Bas)', exact: true }).click();
    await femke.page.getByText('Je hebt getuigenis van Bas bevestigd.').waitFor();
    await alumni.getByRole('row', { name: /Bas.*Kan mentor worden/ }).waitFor();
    const eligible = femke.page.getByRole('region', { name: 'Kunnen mentor worden' });
    await eligible.getByRole('button', { name: 'Uitnodigen (Bas)' }).click();
    await femke.page.getByText('Je uitnodiging is verstuurd naar Bas.').waitFor();
    await checkpoint(femke.page, JOURNEY, '3-02-getuigenis-confirmed');

    bas = await visitor('bas');
    await bas.page.goto('/meldingen');
    await bas.page.getByText(/Femke denkt dat jij er als mentor goed voor anderen kunt zijn/).waitFor();
    await bas.page.getByRole('link', { name: 'Lees wat mentor zijn inhoudt' }).first().click();
    await heading(bas.page, 'Ik wil er zijn voor anderen').waitFor();
    await bas.page.getByRole('heading', { name: 'Goed om te weten' }).waitFor();
    await checkpoint(bas.page, JOURNEY, '3-03-mentor-form');
    await bas.page.getByRole('button', { name: 'Aanmelden als mentor' }).click();
    await bas.page.getByText('Schrijf 10 tot 1000 tekens.').waitFor();
    await bas.page
      .getByRole('textbox', { name: 'Over jezelf' })
      .fill('Ik weet hoe het is om je groep te missen. Wandelen en praten hielp mij; dat deel ik graag.');
    await bas.page.getByRole('checkbox', { name: 'Eenzaamheid' }).check();
    await bas.page.getByRole('checkbox', { name: 'Familie' }).check();
    await bas.page.getByRole('checkbox', { name: 'Avond' }).check();
    await bas.page.getByRole('checkbox', { name: 'Weekend' }).check();
    await bas.page.getByRole('button', { name: 'Aanmelden als mentor' }).click();
    await bas.page.getByText('Dank je wel! Je bent aangemeld als mentor.').waitFor();
    await bas.page
      .getByText('Je staat in de lijst van mentoren. Nieuwe deelnemers kunnen je om contact vragen.')
      .waitFor();
    await checkpoint(bas.page, JOURNEY, '3-04-mentor-listed');
    expect(femke.problems).toEqual([]);
    expect(bas.problems).toEqual([]);
  });

  it('4: should let Sanne find a mentor, see why they may fit, and ask Bas', async () => {
    sanne = await visitor('sanne');
    await nav(sanne.page).getByRole('link', { name: 'Mentor vinden' }).click();
    await heading(sanne.page, 'Een mentor vinden').waitFor();
    const card = (name: string) =>
      sanne.page.getByRole('listitem').filter({ has: sanne.page.getByRole('heading', { name }) });
    await card('Iris')
      .getByText(/^Jullie hebben allebei geschreven over .*eenzaamheid/)
      .waitFor();
    await card('Bas').getByText('Jullie spreken allebei Nederlands.').waitFor();
    await card('Bas').getByText('Nog 2 van de 2 plekken vrij.').waitFor();
    await checkpoint(sanne.page, JOURNEY, '4-01-find-mentor');
    await onPhone(sanne.page, () => checkpoint(sanne.page, JOURNEY, '4-01b-find-mentor-phone'));
    // In English the reasons come from the same messages.
    await sanne.page.getByRole('button', { name: 'English' }).click();
    await heading(sanne.page, 'Find a mentor').waitFor();
    await card('Bas').getByText('You both speak Dutch.').waitFor();
    await card('Bas').getByRole('button', { name: 'Ask for contact with Bas' }).waitFor();
    await checkpoint(sanne.page, JOURNEY, '4-01c-find-mentor-english');
    await sanne.page.getByRole('button', { name: 'Nederlands' }).click();
    await heading(sanne.page, 'Een mentor vinden').waitFor();

    await card('Bas').getByRole('button', { name: 'Contact vragen aan Bas' }).click();
    const ask = sanne.page.getByRole('dialog', { name: 'Contact vragen aan Bas' });
    await ask
      .getByRole('textbox', { name: 'Je bericht' })
      .fill('Hoi Bas, na de groep vind ik de avonden lang. Mag ik je af en toe spreken?');
    await checkpoint(sanne.page, JOURNEY, '4-02-ask');
    await ask.getByRole('button', { name: 'Versturen' }).click();
    await sanne.page.getByText(/Je vraag is verstuurd naar Bas/).waitFor();
    await sanne.page
      .getByText('Je hebt Bas om contact gevraagd. Je krijgt een melding als diegene antwoordt.')
      .waitFor();
    expect(await card('Bas').count()).toBe(0);
    await checkpoint(sanne.page, JOURNEY, '4-03-asked');
    expect(sanne.problems).toEqual([]);
  });

  it('5: should let Bas accept, and Bas and Sanne talk in their own conversation', async () => {
    await bas.page.goto('/mentor');
    const requests = bas.page.getByRole('region', { name: 'Vragen om contact' });
    await requests.getByRole('heading', { name: 'Sanne vraagt of je mentor wilt zijn' }).waitFor();
    await requests
      .getByText('Hoi Bas, na de groep vind ik de avonden lang. Mag ik je af en toe spreken?')
      .waitFor();
    await checkpoint(bas.page, JOURNEY, '5-01-request');
    await requests.getByRole('button', { name: 'Ja, graag (Sanne)' }).click();
    await bas.page.waitForURL(/\/ruimtes\/[\w-]+$/);
    await heading(bas.page, 'Sanne').waitFor();
    await connected(bas.page);
    const basBox = bas.page.getByRole('textbox', { name: 'Je bericht aan Sanne' });
    await basBox.fill('Hoi Sanne, wat fijn dat je me vroeg. Hoe was je week?');
    await basBox.press('Enter');

    await sanne.page.goto('/meldingen');
    await sanne.page.getByText('Bas wil graag je mentor zijn.').waitFor();
    await sanne.page.getByRole('link', { name: 'Naar jullie gesprek' }).first().click();
    await heading(sanne.page, 'Bas').waitFor();
    await connected(sanne.page);
    await timeline(sanne.page, 'Bas')
      .getByText('Hoi Sanne, wat fijn dat je me vroeg. Hoe was je week?')
      .waitFor();
    const sanneBox = sanne.page.getByRole('textbox', { name: 'Je bericht aan Bas' });
    await sanneBox.fill('Best zwaar, maar dit helpt al. Dank je.');
    await sanneBox.press('Enter');
    await timeline(bas.page, 'Sanne').getByText('Best zwaar, maar dit helpt al. Dank je.').waitFor();
    await checkpoint(sanne.page, JOURNEY, '5-02-conversation-sanne');
    await checkpoint(bas.page, JOURNEY, '5-03-conversation-bas');

    // Both see the mentorship where it belongs.
    await bas.page.goto('/mentor');
    await bas.page
      .getByRole('region', { name: 'Mensen die je begeleidt' })
      .getByRole('link', { name: 'Naar jullie gesprek (Sanne)' })
      .waitFor();
    await sanne.page.goto('/mentor-vinden');
    await sanne.page.getByText('Bas is je mentor.').waitFor();
    await checkpoint(sanne.page, JOURNEY, '5-04-my-mentor');
    expect(bas.problems).toEqual([]);
    expect(sanne.problems).toEqual([]);
  });
});
