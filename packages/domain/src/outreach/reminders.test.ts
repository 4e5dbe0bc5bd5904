import { describe, expect, it } from '@jest/globals';
import {
  dutchInstant,
  dutchParts,
  formatSessionTime,
  quietHoursEnd,
  REMINDER_FROM_HOUR,
  reminderWindow,
} from './reminders.js';
import { checkinSuggestions } from './checkin-suggestions.js';
import { renderOutreachMail } from './render-outreach-mail.js';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

describe('dutchInstant', () => {
  it.each([
    ['winter (UTC+1)', [2027, 1, 12, 19, 0], '2027-01-12T18:00:00.000Z'],
    ['summer (UTC+2)', [2027, 7, 12, 19, 0], '2027-07-12T17:00:00.000Z'],
    ['the evening the clocks went forward', [2027, 3, 28, 19, 0], '2027-03-28T17:00:00.000Z'],
    ['midnight before the change to summer time', [2027, 3, 28, 0, 0], '2027-03-27T23:00:00.000Z'],
    ['midnight after the change to winter time', [2027, 11, 1, 0, 0], '2027-10-31T23:00:00.000Z'],
    [
      'the hour that does not exist: the moment after the jump',
      [2027, 3, 28, 2, 30],
      '2027-03-28T01:30:00.000Z',
    ],
    ['the hour that occurs twice: the first of the two', [2027, 10, 31, 2, 30], '2027-10-31T00:30:00.000Z'],
  ] as const)('should place %s', (_name, [y, m, d, h, min], expected) => {
    expect(dutchInstant(y, m, d, h, min).toISOString()).toBe(expected);
  });

  it('should read back as the same wall-clock time', () => {
    expect(dutchParts(dutchInstant(2027, 12, 31, 23, 59))).toEqual({
      year: 2027,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
    });
  });
});

describe('reminderWindow', () => {
  it(`should give nothing before ${REMINDER_FROM_HOUR}:00 Dutch time`, () => {
    expect(reminderWindow(new Date('2027-01-12T07:59:00Z'))).toBeNull(); // 08:59 winter time
  });

  it('should give tomorrow, a 24-hour day', () => {
    const w = reminderWindow(new Date('2027-01-12T08:00:00Z'))!; // 09:00
    expect([iso(w.from), iso(w.to)]).toEqual(['2027-01-12T23:00:00.000Z', '2027-01-13T23:00:00.000Z']);
  });

  it('should give the 23-hour Sunday the clocks go forward', () => {
    const w = reminderWindow(new Date('2027-03-27T12:00:00Z'))!;
    expect([iso(w.from), iso(w.to)]).toEqual(['2027-03-27T23:00:00.000Z', '2027-03-28T22:00:00.000Z']);
  });

  it('should give the 25-hour Sunday the clocks go back', () => {
    const w = reminderWindow(new Date('2027-10-30T12:00:00Z'))!;
    expect([iso(w.from), iso(w.to)]).toEqual(['2027-10-30T22:00:00.000Z', '2027-10-31T23:00:00.000Z']);
  });

  it('should cross a month and a year', () => {
    const w = reminderWindow(new Date('2027-12-31T10:00:00Z'))!;
    expect(iso(w.from)).toBe('2027-12-31T23:00:00.000Z');
  });
});

describe('quietHoursEnd', () => {
  const night = { from: '22:00', to: '07:30' };
  it.each([
    ['before they start', '2027-01-12T20:59:00Z', night, null],
    ['just after they start', '2027-01-12T21:00:00Z', night, '2027-01-13T06:30:00.000Z'],
    ['after midnight', '2027-01-13T03:00:00Z', night, '2027-01-13T06:30:00.000Z'],
    ['at their end', '2027-01-13T06:30:00Z', night, null],
    ['in summer time', '2027-07-12T21:00:00Z', night, '2027-07-13T05:30:00.000Z'],
    ['on the night the clocks go forward', '2027-03-27T22:00:00Z', night, '2027-03-28T05:30:00.000Z'],
    [
      'inside daytime hours',
      '2027-01-12T12:00:00Z',
      { from: '12:00', to: '14:00' },
      '2027-01-12T13:00:00.000Z',
    ],
    ['outside daytime hours', '2027-01-12T14:00:00Z', { from: '12:00', to: '14:00' }, null],
    ['for empty hours', '2027-01-12T12:00:00Z', { from: '12:00', to: '12:00' }, null],
    ['for a malformed time', '2027-01-12T12:00:00Z', { from: '25:00', to: '07:00' }, null],
    ['without quiet hours', '2027-01-12T12:00:00Z', null, null],
  ] as const)('should answer %s', (_name, now, quiet, expected) => {
    expect(iso(quietHoursEnd(new Date(now), quiet))).toBe(expected);
  });
});

describe('formatSessionTime', () => {
  it('should write Dutch time in Dutch and English', () => {
    const at = new Date('2027-03-28T17:00:00Z');
    expect(formatSessionTime(at, 'nl')).toBe('zondag 28 maart om 19:00');
    expect(formatSessionTime(at, 'en')).toBe('Sunday 28 March at 19:00');
  });
});

describe('checkinSuggestions', () => {
  it('should choose by the reasons, at most two, and always end with a general one', () => {
    const s = checkinSuggestions(
      ['zwartGat.silence', 'zwartGat.noLiveConnections', 'zwartGat.noMentor', 'zwartGat.trendFalling'],
      'nl',
    );
    expect(s).toHaveLength(3);
    expect(s[0]).toContain('stil geweest');
    expect(s[1]).toContain('onze groep');
    expect(s[2]).toContain('nog steeds bij hoort');
  });

  it('should offer the general one alone without reasons, in English too', () => {
    expect(checkinSuggestions([], 'en')).toEqual([
      "Hi! Just a short message to let you know you're still part of the group. How are you doing?",
    ]);
  });

  it('should never sound clinical', () => {
    const keys = [
      'zwartGat.silenceAfterDaily',
      'zwartGat.noActivityAfterEnd',
      'zwartGat.oneLiveConnection',
      'zwartGat.noMentor',
      'zwartGat.activityDropped',
    ];
    for (const locale of ['nl', 'en'] as const)
      for (const k of keys)
        for (const s of checkinSuggestions([k], locale))
          expect(s).not.toMatch(/risico|risk|score|zwart|diagnos|symptom|medic/i);
  });
});

describe('session and check-in mails', () => {
  const base = {
    locale: 'nl' as const,
    organisationName: 'De Brug',
    link: 'https://spiegel.example/trajecten/1',
    unsubscribeLink: 'https://spiegel.example/api/outreach/unsubscribe?t=x',
  };

  it('should remind with the Dutch time and the traject, and say when it is cancelled', () => {
    const input = {
      ...base,
      template: 'session' as const,
      trajectName: 'Voorjaar',
      sessionTitle: '  ',
      startsAt: '2027-03-28T17:00:00Z',
      cancelled: false,
    };
    const r = renderOutreachMail(input);
    expect(r.subject).toBe('Morgen: Voorjaar');
    expect(r.text).toContain('zondag 28 maart om 19:00');
    expect(r.html).toContain('lang="nl"');
    const c = renderOutreachMail({ ...input, sessionTitle: 'Slot', cancelled: true, locale: 'en' });
    expect(c.subject).toBe('Session cancelled: Voorjaar: Slot');
    expect(c.text).toContain('Sunday 28 March at 19:00');
    expect(renderOutreachMail({ ...input, locale: 'en' }).subject).toBe('Tomorrow: Voorjaar');
    expect(renderOutreachMail({ ...input, cancelled: true }).text).toContain('gaat niet door');
  });

  it('should name the writer of a check-in and nothing else, escaped in HTML', () => {
    const r = renderOutreachMail({ ...base, template: 'checkin', writerName: 'Ruben <b>' });
    expect(r.subject).toBe('Ruben <b> stuurde je een berichtje');
    expect(r.html).toContain('Ruben &lt;b&gt;');
    expect(r.html).not.toContain('<b>');
    expect(
      renderOutreachMail({ ...base, locale: 'en', template: 'checkin', writerName: 'Ruben' }).subject,
    ).toBe('Ruben sent you a message');
  });
});
