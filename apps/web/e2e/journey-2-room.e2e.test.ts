import { describe, expect, it } from '@jest/globals';
import { checkpoint, heading, logIn, openRoom, timeline, setUpJourney } from './support';

/**
 * Issue 4: two participants in two browsers open "Groep Voorjaar" and talk. One shares a story, the
 * other recognises themselves in it, and both see the count change at once. Typing shows, the thread
 * opens, and the room works by keyboard and on a phone.
 */
const JOURNEY = 'journey2';
const ROOM = 'Groep Voorjaar';
const STORY = {
  title: 'Wat ik deze week leerde',
  body: 'Maandag ging het mis op mijn werk en ik dacht meteen: zie je wel.\n\nMaar toen las ik hier wat Lotte schreef over de koffieautomaat, en ik moest lachen. Ik ben niet de enige.',
};

const journey = setUpJourney();
const visitor = journey.visitor;

describe('journey 2: two participants in a room', () => {
  it('should let Sanne and Ahmed talk, share a story and recognise it, live for both', async () => {
    const sanne = await visitor();
    const ahmed = await visitor();

    await logIn(sanne.page, 'sanne');
    const home = sanne.page.getByRole('region', { name: 'Je groepen' });
    await home.getByRole('link', { name: /^Groep Voorjaar, \d+ ongelezen$/ }).waitFor();
    await checkpoint(sanne.page, JOURNEY, '01-home-sanne');

    await logIn(ahmed.page, 'ahmed');
    await openRoom(sanne.page, ROOM);
    await openRoom(ahmed.page, ROOM);
    // The seeded weeks of conversation are there, with the pinned agreements.
    await sanne.page
      .getByText('Wat hier gedeeld wordt, blijft in de groep.')
      .filter({ visible: true })
      .waitFor();
    expect(await sanne.page.title()).toBe('Groep Voorjaar · Spiegel');
    await checkpoint(sanne.page, JOURNEY, '02-room-sanne');

    // Typing shows on the other side, then the message arrives there.
    const sanneBox = sanne.page.getByRole('textbox', { name: `Je bericht aan ${ROOM}` });
    await sanneBox.pressSequentially('Hoi Ahmed, ben je er ook?', { delay: 20 });
    await ahmed.page.locator('.typing').getByText('Sanne typt…').waitFor();
    await sanneBox.press('Enter');
    const ahmedRoom = timeline(ahmed.page, ROOM);
    await ahmedRoom.getByText('Hoi Ahmed, ben je er ook?').waitFor();
    await timeline(sanne.page, ROOM).getByText('Verstuurd').first().waitFor();
    await expect(sanneBox.inputValue()).resolves.toBe('');

    // Ahmed answers by keyboard only: the skip link leads to the composer.
    await ahmed.page.getByRole('link', { name: 'Naar het tekstvak' }).focus();
    await ahmed.page.keyboard.press('Enter');
    for (let i = 0; i < 4; i += 1) {
      await ahmed.page.keyboard.press('Tab');
      const label = await ahmed.page.evaluate(
        () => document.activeElement?.getAttribute('aria-describedby') ?? '',
      );
      if (label) break;
    }
    await ahmed.page.keyboard.type('Ja, ik ben er. Fijn je te lezen.');
    await ahmed.page.keyboard.press('Enter');
    await timeline(sanne.page, ROOM).getByText('Ja, ik ben er. Fijn je te lezen.').waitFor();

    // Sanne shares a story: a card with its title reaches Ahmed.
    await sanne.page.getByRole('button', { name: 'Verhaal delen' }).click();
    await sanne.page.getByRole('textbox', { name: 'Titel van je verhaal' }).fill(STORY.title);
    await sanne.page.getByRole('textbox', { name: 'Je verhaal', exact: true }).fill(STORY.body);
    await sanne.page.getByRole('button', { name: 'Verhaal plaatsen' }).click();
    const storyForAhmed = ahmedRoom.getByRole('article', { name: STORY.title });
    await storyForAhmed.waitFor();
    await storyForAhmed.getByText('Maandag ging het mis op mijn werk').waitFor();

    // Ahmed recognises himself in it; both see it at once.
    const herken = storyForAhmed.getByRole('button', { name: /^Ik herken dit/ });
    expect(await herken.getAttribute('aria-pressed')).toBe('false');
    await herken.click();
    await storyForAhmed.getByRole('button', { name: 'Ik herken dit 1', pressed: true }).waitFor();
    const storyForSanne = timeline(sanne.page, ROOM).getByRole('article', { name: STORY.title });
    await storyForSanne.getByText('Iemand herkent dit').waitFor();
    // The author sees Spiegel's quiet suggestion; Ahmed never sees a phase on someone else's words.
    expect(await storyForAhmed.getByText(/Spiegel denkt/).count()).toBe(0);
    await checkpoint(ahmed.page, JOURNEY, '03-room-ahmed-recognised');
    await checkpoint(sanne.page, JOURNEY, '04-room-sanne-recognised');

    // The thread: Ahmed replies; Sanne sees the reply count on her card go up, live.
    await storyForAhmed.getByRole('link', { name: `Lees verder: ${STORY.title}` }).click();
    await heading(ahmed.page, STORY.title).waitFor();
    await ahmed.page.getByText('Nog geen reacties. Herken je iets? Je mag het zeggen.').waitFor();
    await ahmed.page
      .getByRole('textbox', { name: 'Je reactie op dit verhaal' })
      .fill('Dat "zie je wel" ken ik zo goed.');
    await ahmed.page.getByRole('button', { name: 'Versturen' }).click();
    await ahmed.page.getByRole('heading', { name: '1 reactie' }).waitFor();
    await storyForSanne.getByText('1 reactie').waitFor();
    await checkpoint(ahmed.page, JOURNEY, '05-story-thread');

    // The room on a phone.
    await sanne.page.setViewportSize({ width: 390, height: 844 });
    await checkpoint(sanne.page, JOURNEY, '06-room-phone');
    await sanne.page.setViewportSize({ width: 1280, height: 860 });

    // Back home, the room no longer counts what Sanne has read.
    await sanne.page.getByRole('link', { name: 'Start' }).click();
    await home.getByRole('link', { name: /^Groep Voorjaar$/ }).waitFor();

    expect(sanne.problems).toEqual([]);
    expect(ahmed.problems).toEqual([]);
  });
});
