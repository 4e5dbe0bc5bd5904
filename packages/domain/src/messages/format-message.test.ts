import { LANGUAGES } from '../phases/phases.js';
import { formatMessage } from './format-message.js';
import { isMessageKey, MESSAGE_KEYS, MESSAGES, msg } from './messages.js';

const SAMPLE_PARAMS = {
  days: 21,
  count: 3,
  total: 12,
  date: '2026-03-02',
  voicePercent: 45,
  memberPercent: 15,
  percent: 20,
  gini: 0.42,
  before: 6.5,
  after: 0.25,
  max: 3,
  left: 1,
  themes: 'eenzaamheid,schaamte',
  languages: 'nl,en',
  slots: 'avond,weekend',
  memberId: 'm1',
  name: 'Sanne',
  other: 'Ahmed',
};

describe('formatMessage', () => {
  it.each(MESSAGE_KEYS)('should render %s in Dutch and English with no placeholder left', (key) => {
    for (const lang of LANGUAGES) {
      const text = formatMessage(msg(key, SAMPLE_PARAMS), lang);
      expect(text).not.toMatch(/[{}]/);
      expect(text.length).toBeGreaterThan(5);
    }
    expect(MESSAGES[key].nl).not.toBe(MESSAGES[key].en);
  });

  it.each([
    ['zwartGat.silenceAfterDaily', { days: 21 }, 'nl', '21 dagen geen contact, daarvoor dagelijks actief.'],
    ['zwartGat.noMentor', {}, 'nl', 'Geen mentor.'],
    [
      'zwartGat.noRecognitionReceived',
      {},
      'nl',
      'Geen herkenning ontvangen sinds het einde van het traject.',
    ],
    [
      'mentor.sharedThemes',
      { themes: 'eenzaamheid' },
      'nl',
      'Jullie hebben allebei geschreven over eenzaamheid.',
    ],
    [
      'mentor.sharedThemes',
      { themes: 'eenzaamheid,rouw,werk' },
      'en',
      'You have both written about loneliness, grief and work.',
    ],
    ['mentor.recognisedEachOther', {}, 'nl', 'Jullie herkenden elkaar in de groep.'],
    [
      'mentor.sharedLanguages',
      { languages: 'nl,ar' },
      'nl',
      'Jullie spreken allebei Nederlands en Arabisch.',
    ],
    ['mentor.sharedAvailability', { slots: 'avond' }, 'en', 'Both available: evening.'],
    [
      'equality.unevenVoice',
      { gini: 0.456 },
      'nl',
      'De spreektijd is ongelijk verdeeld (Gini 0,46). Een rondje waarin iedereen kort iets zegt kan helpen.',
    ],
    ['path.kantelpunt', { date: '2026-03-02' }, 'nl', 'Eerste herkenning op 2 maart 2026: het kantelpunt.'],
    [
      'path.kantelpunt',
      { date: '2026-03-02T23:00:00Z' },
      'en',
      'First recognition on 2 March 2026: the tipping point.',
    ],
  ] as const)('should render %s with %j in %s', (key, params, lang, expected) => {
    expect(formatMessage(msg(key, params), lang)).toBe(expected);
  });

  it('should say the facilitators’ share in plain words', () => {
    expect(
      formatMessage(msg('equality.facilitatorDominance', { voicePercent: 45, memberPercent: 15 }), 'nl'),
    ).toMatch(/^De begeleiders spraken 45 % van de tijd in een groep waar zij 15 % van de leden zijn\./);
  });

  it('should degrade gracefully on unknown keys, missing params and odd values', () => {
    expect(formatMessage({ key: 'some.future.key', params: {} }, 'nl')).toBe('some.future.key');
    expect(formatMessage({ key: 'zwartGat.silence' }, 'en')).toBe('{days} days without contact.');
    expect(formatMessage(msg('mentor.sharedThemes', { themes: 'geluk' }), 'nl')).toBe(
      'Jullie hebben allebei geschreven over geluk.',
    );
    expect(formatMessage(msg('path.kantelpunt', { date: 'gisteren' }), 'nl')).toContain('gisteren');
    expect(formatMessage(msg('equality.unevenVoice', { gini: 'hoog' }), 'en')).toContain('Gini hoog');
    expect(formatMessage(msg('mentor.sharedLanguages', { languages: 'xx' }), 'en')).toBe(
      'You both speak xx.',
    );
    expect(formatMessage(msg('mentor.sharedAvailability', { slots: 'nacht' }), 'nl')).toBe(
      'Allebei beschikbaar: nacht.',
    );
    expect(formatMessage(msg('equality.unevenVoice', { gini: '0.5' }), 'nl')).toContain('Gini 0,5');
  });

  it('should recognise message keys', () => {
    expect(isMessageKey('zwartGat.noMentor')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(msg('zwartGat.noMentor')).toEqual({ key: 'zwartGat.noMentor', params: {} });
  });

  it.each([
    ['so', 'Somalisch'],
    ['ti', 'Tigrinya'],
    ['pap', 'Papiaments'],
  ])('should name the mentor language %s in Dutch', (code, name) => {
    expect(formatMessage(msg('mentor.sharedLanguages', { languages: code }), 'nl')).toContain(name);
  });
});
