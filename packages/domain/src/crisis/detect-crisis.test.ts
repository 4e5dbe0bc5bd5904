import fc from 'fast-check';
import { CRISIS_CORPUS_DEV, CRISIS_HANDWRITTEN, loadJsonl } from '../testing/load-jsonl.js';
import { type CrisisSeverity } from './crisis-lexicon.js';
import { detectCrisis } from './detect-crisis.js';

interface Labelled {
  text: string;
  crisis: boolean;
  severity?: CrisisSeverity;
}

describe('detectCrisis', () => {
  it.each<[string, string, CrisisSeverity]>([
    // Ideation and passive wishes: concern.
    ['a death wish', 'Ik wil dood.', 'concern'],
    ['not wanting to be here', 'Ik wil er niet meer zijn.', 'concern'],
    ['English ideation', 'I want to kill myself.', 'concern'],
    ['burden: better off without me', 'Iedereen is beter af zonder mij.', 'concern'],
    ['burden: nobody would miss me', 'Niemand zou me missen.', 'concern'],
    ['hopelessness', 'Ik zie het echt niet meer zitten.', 'concern'],
    ['wanting to hurt oneself', 'Ik wil mezelf pijn doen.', 'concern'],
    ['the bare word, no frame', 'zelfmoord.', 'concern'],
    [
      'a denial next to a wish for the pain to stop',
      'Ik wil niet dood, ik wil dat de pijn stopt.',
      'concern',
    ],
    ['a past that is back', 'Vroeger wilde ik dood en nu komt het weer terug.', 'concern'],
    // Intent, plan, means, act, farewell: acute. Self-harm just done or going on is acute too (issue 13
    // round five: an act, not an urge; until then these two were concern).
    ['self-harm', 'Ik heb vannacht weer in mijn arm gesneden.', 'acute'],
    ['self-harm, scratching', 'Ik kras in mijn armen.', 'acute'],
    ['a plan', 'Ik heb een plan.', 'acute'],
    ['saved pills', 'Ik heb pillen gespaard voor als het niet meer gaat.', 'acute'],
    ['a rope', 'Ik heb een touw gekocht.', 'acute'],
    ['a train', 'Ik denk erover om voor de trein te springen.', 'acute'],
    ['a bridge, now', 'Ik sta nu op de brug.', 'acute'],
    ['a decision with a time', 'Vanavond maak ik er een einde aan.', 'acute'],
    ['a wish with a time', 'Ik wil vannacht dood.', 'acute'],
    ['a farewell', 'Dit is mijn afscheid, bedankt voor alles.', 'acute'],
    ['a farewell, indirect', 'Bedankt voor alles, jullie zien me niet meer.', 'acute'],
    ['a farewell letter', 'Ik heb een afscheidsbrief geschreven.', 'acute'],
    ['an act in progress', 'I took all my pills.', 'acute'],
    // Look-alikes: none.
    ['an idiom: dead tired', 'Ik ben doodmoe.', 'none'],
    ['an idiom: laughing', 'Ik ga dood van het lachen.', 'none'],
    ['a dead phone', 'Mijn telefoon is dood.', 'none'],
    ['prevention talk', 'We hadden een training suïcidepreventie en het nummer 113.', 'none'],
    ['prevention talk in English', 'We talked about suicide prevention.', 'none'],
    ['a generic "you"', 'Bel 113 als je aan zelfmoord denkt.', 'none'],
    ['a recovered past', 'Vroeger wilde ik dood, nu gaat het beter.', 'none'],
    ['a denial', 'Ik heb geen gedachten meer aan zelfmoord.', 'none'],
    ['no longer wanting to die', 'Ik wil niet meer dood.', 'none'],
    ['someone else’s death', 'Mijn oom pleegde zelfmoord toen ik tien was.', 'none'],
    ['cooking', 'Ik snijd de groente voor het eten.', 'none'],
    ['saying goodbye at a grave', 'Ik nam afscheid van mijn hond bij het graf in de tuin.', 'none'],
    // Preparatory behaviour (a goodbye and "ik ben er klaar voor") is acute by its meaning (round five).
    ['saying goodbye to a pet', 'Ik heb afscheid genomen van mijn kat, ik ben er klaar voor.', 'acute'],
    ['an accident', 'Ik heb me gesneden aan een mes tijdens het koken.', 'none'],
    ['a holiday plan', 'Ik heb een plan gemaakt voor de vakantie.', 'none'],
    ['an ordinary thank-you', 'Bedankt voor alles, tot volgende week!', 'none'],
    ['English idioms', "I'm dying to see it, this deadline is killing me.", 'none'],
    ['empty text', '', 'none'],
    ['emoji only', '😢😢', 'none'],
  ])('should rate %s', (_scenario, text, severity) => {
    const result = detectCrisis(text);
    expect(result.severity).toBe(severity);
    expect(result.crisis).toBe(severity !== 'none');
  });

  it('should still alarm on an accident clause when it was on purpose', () => {
    expect(detectCrisis('Ik heb me expres gesneden aan een mes.').crisis).toBe(true);
  });

  it('should not let a generic "you" hide a first-person wish', () => {
    expect(detectCrisis('Als je wist hoe graag ik dood wil.').crisis).toBe(true);
  });

  it('should show the phrases that raised the alarm', () => {
    expect(detectCrisis('Ik zie het niet meer zitten, ik wil dood.').cues).toEqual([
      'zie het niet meer zitten',
      'wil dood',
    ]);
  });

  it('should explain a recovered past with the words that lowered it', () => {
    const result = detectCrisis('Vroeger wilde ik dood, nu gaat het beter.');
    expect(result.cues).toEqual(['wilde ik dood', 'nu gaat het beter']);
  });

  it('should find crisis language inside a 5,000-character story', () => {
    const story = `${'Het was een gewone week met werk en boodschappen. '.repeat(100)}Maar eerlijk gezegd wil ik er niet meer zijn.`;
    expect(story.length).toBeGreaterThan(5000);
    expect(detectCrisis(story).severity).toBe('concern');
  });

  it('should keep crisis and severity consistent for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = detectCrisis(text);
        expect(r.crisis).toBe(r.severity !== 'none');
      }),
      { numRuns: 300 },
    );
  });
});

describe('detectCrisis on labelled sets', () => {
  // The threshold is chosen for recall with up to 20 % false alarms on the dev look-alikes (issue 13), so
  // tidy look-alikes may alarm too, within that share; every crisis line must still be caught.
  it.each([
    ['the shared dev corpus', CRISIS_CORPUS_DEV],
    ['the hand-written set', CRISIS_HANDWRITTEN],
  ])('should catch every crisis line of %s and false-alarm on at most 20 % of the others', (_name, file) => {
    const rows = loadJsonl<Labelled>(file);
    const missed = rows.filter((r) => r.crisis && !detectCrisis(r.text).crisis).map((r) => r.text);
    const others = rows.filter((r) => !r.crisis);
    const falseAlarms = others.filter((r) => detectCrisis(r.text).crisis).map((r) => r.text);
    expect(missed).toEqual([]);
    expect(falseAlarms.length).toBeLessThanOrEqual(0.2 * others.length);
  });

  it('should agree on severity where the hand-written set gives one', () => {
    const rows = loadJsonl<Labelled>(CRISIS_HANDWRITTEN).filter((r) => r.severity !== undefined);
    const disagreements = rows
      .filter((r) => detectCrisis(r.text).severity !== r.severity)
      .map((r) => `${r.severity}: ${r.text}`);
    expect(rows.length).toBeGreaterThan(30);
    expect(disagreements).toEqual([]);
  });
});
