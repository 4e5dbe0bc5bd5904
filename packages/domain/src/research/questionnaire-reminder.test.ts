import { defaultOutreachPreferences, outreachKindOf } from '../outreach/outreach-contract.js';
import { renderOutreachMail } from '../outreach/render-outreach-mail.js';

describe('the questionnaire reminder outside the app', () => {
  const base = {
    template: 'notification' as const,
    organisationName: 'Academie Oost',
    placeName: null,
    link: 'https://spiegel.test/mijn-pad',
    unsubscribeLink: 'https://spiegel.test/api/outreach/unsubscribe?t=x',
  };

  it('should belong to the trajecten kind, so its own unsubscribe link and frequency apply', () => {
    expect(outreachKindOf('questionnaire_due')).toBe('trajecten');
  });

  it.each(['nl', 'en'] as const)(
    'should say only that something short is waiting (%s), no health words',
    (locale) => {
      const m = renderOutreachMail({ ...base, locale, notificationKind: 'questionnaire_due' });
      expect(m.subject).toBe(
        locale === 'nl'
          ? 'Er staat een korte vragenlijst voor je klaar'
          : 'A short questionnaire is waiting for you',
      );
      expect(`${m.subject} ${m.text}`).not.toMatch(/MHC|welbevinden|well-being|herstel|recovery|score/i);
    },
  );

  it('should send researchers no crisis mail by default (they are not staff on call)', () => {
    expect(defaultOutreachPreferences('onderzoeker').find((p) => p.kind === 'crisis')).toMatchObject({
      email: false,
      push: false,
    });
    expect(defaultOutreachPreferences('facilitator').find((p) => p.kind === 'crisis')).toMatchObject({
      email: true,
      push: true,
    });
  });
});
