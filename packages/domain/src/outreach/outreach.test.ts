import { describe, expect, it } from '@jest/globals';
import { NOTIFICATION_KINDS } from '../realtime-events.js';
import {
  completePreferences,
  defaultOutreachPreferences,
  OUTREACH_KINDS,
  outreachKindOf,
} from './outreach-contract.js';
import { renderOutreachMail } from './render-outreach-mail.js';

describe('outreachKindOf', () => {
  it.each([
    ['herkenning_received', 'herkenning'],
    ['reply_received', 'herkenning'],
    ['crisis_alert', 'crisis'],
    ['followup_message', 'checkin'],
    ['mentor_request', 'mentor'],
    ['enrolment_invite', 'trajecten'],
    ['room_added', 'community'],
  ] as const)('should put %s under %s', (kind, group) => {
    expect(outreachKindOf(kind)).toBe(group);
  });

  it('should give every notification kind a group', () => {
    for (const k of NOTIFICATION_KINDS) expect(OUTREACH_KINDS).toContain(outreachKindOf(k));
  });
});

describe('defaultOutreachPreferences', () => {
  it('should send staff crisis alerts by e-mail and push when nobody chose yet', () => {
    const crisis = defaultOutreachPreferences('facilitator').find((p) => p.kind === 'crisis');
    expect(crisis).toMatchObject({ email: true, push: true, frequency: 'direct' });
  });

  it('should mail a participant nothing before they chose, and offer recognition weekly first', () => {
    const prefs = defaultOutreachPreferences('participant');
    expect(prefs.every((p) => !p.email && !p.push)).toBe(true);
    expect(prefs.find((p) => p.kind === 'herkenning')?.frequency).toBe('weekly');
  });
});

describe('renderOutreachMail', () => {
  const base = {
    template: 'notification' as const,
    organisationName: 'Herstelacademie <Oost>',
    placeName: 'Groep Voorjaar',
    link: 'https://spiegel.test/rooms/1',
    unsubscribeLink: 'https://spiegel.test/api/outreach/unsubscribe?t=x',
  };

  it('should say where and what kind in Dutch, with a link and an unsubscribe link', () => {
    const m = renderOutreachMail({ ...base, locale: 'nl', notificationKind: 'room_added' });
    expect(m.subject).toBe('Er is iets nieuws in Groep Voorjaar');
    expect(m.text).toContain(base.link);
    expect(m.text).toContain(base.unsubscribeLink);
    expect(m.html).toContain('lang="nl"');
    expect(m.html).toContain('113');
  });

  it('should tell an author that someone recognised themselves, in English too', () => {
    expect(
      renderOutreachMail({ ...base, locale: 'nl', notificationKind: 'herkenning_received' }).subject,
    ).toBe('Iemand herkende zich in jouw verhaal');
    expect(
      renderOutreachMail({ ...base, locale: 'en', notificationKind: 'herkenning_received' }).subject,
    ).toBe('Someone recognised themselves in your story');
  });

  it('should escape names in the HTML', () => {
    const m = renderOutreachMail({
      ...base,
      locale: 'nl',
      notificationKind: 'crisis_alert',
      placeName: '<b>x</b>',
    });
    expect(m.html).not.toContain('<b>x</b>');
    expect(m.html).toContain('Herstelacademie &lt;Oost&gt;');
  });

  it('should count per kind in a digest and never name anyone', () => {
    const m = renderOutreachMail({
      template: 'digest',
      locale: 'nl',
      organisationName: 'X',
      frequency: 'weekly',
      counts: { herkenning: 3, community: 1 },
      link: 'https://s/',
      unsubscribeLink: 'https://s/u',
    });
    expect(m.subject).toBe('Wat er deze week voor je was in Spiegel');
    expect(m.text).toContain('3× herkenning of een reactie op jouw verhalen');
    expect(m.text).toContain('1× nieuws uit je groepen');
    expect(m.text).not.toContain('mentor');
    expect(
      renderOutreachMail({
        template: 'digest',
        locale: 'en',
        organisationName: 'X',
        frequency: 'daily',
        counts: { crisis: 2 },
        link: 'l',
        unsubscribeLink: 'u',
      }).subject,
    ).toBe('What there was for you today in Spiegel');
  });

  it.each(
    NOTIFICATION_KINDS.flatMap((kind) => (['nl', 'en'] as const).map((locale) => [kind, locale] as const)),
  )(
    'should give a %s mail in %s a headline, a button, the 113 line and no place-less "null"',
    (kind, locale) => {
      const m = renderOutreachMail({ ...base, locale, notificationKind: kind, placeName: null });
      expect(m.subject.length).toBeGreaterThan(10);
      expect(m.text).not.toContain('null');
      expect(m.text).toContain(base.link);
      expect(m.text).toContain(base.unsubscribeLink);
      expect(m.html).toContain(`lang="${locale}"`);
      expect(m.text).toContain('113');
      expect(m.text).toContain(
        locale === 'nl' ? 'Geen mails meer van deze soort' : 'No more mails of this kind',
      );
    },
  );

  it('should name the period of an English weekly digest and list only what happened', () => {
    const m = renderOutreachMail({
      template: 'digest',
      locale: 'en',
      organisationName: 'X',
      frequency: 'weekly',
      counts: { mentor: 2, checkin: 0 },
      link: 'l',
      unsubscribeLink: 'u',
    });
    expect(m.subject).toBe('What there was for you this week in Spiegel');
    expect(m.text).toContain('2× news about mentoring');
    expect(m.text).not.toContain('a message for you');
    expect(
      renderOutreachMail({
        template: 'digest',
        locale: 'nl',
        organisationName: 'X',
        frequency: 'daily',
        counts: {},
        link: 'l',
        unsubscribeLink: 'u',
      }).subject,
    ).toBe('Wat er vandaag voor je was in Spiegel');
  });

  it('should ask to confirm an address in English too', () => {
    const m = renderOutreachMail({
      template: 'verification',
      locale: 'en',
      organisationName: 'X',
      link: 'https://s/v',
    });
    expect(m.subject).toBe('Is this your e-mail address?');
    expect(m.html).toContain('Confirm my address');
  });

  it('should ask to confirm an address without sending anything else', () => {
    const m = renderOutreachMail({
      template: 'verification',
      locale: 'nl',
      organisationName: 'X',
      link: 'https://s/v',
    });
    expect(m.subject).toBe('Klopt dit e-mailadres?');
    expect(m.text).toContain('https://s/v');
  });
});

describe('completePreferences', () => {
  it('should keep what was chosen and fill the other kinds with the role’s defaults', () => {
    const chosen = { kind: 'herkenning' as const, email: true, push: false, frequency: 'daily' as const };
    const full = completePreferences([chosen], 'participant');
    expect(full.map((p) => p.kind)).toEqual([...OUTREACH_KINDS]);
    expect(full.find((p) => p.kind === 'herkenning')).toEqual(chosen);
    const crisis = full.find((p) => p.kind === 'crisis');
    expect(crisis).toEqual(defaultOutreachPreferences('participant').find((p) => p.kind === 'crisis'));
  });

  it('should give the defaults when nothing was saved', () => {
    expect(completePreferences(null, 'facilitator')).toEqual(defaultOutreachPreferences('facilitator'));
  });
});
