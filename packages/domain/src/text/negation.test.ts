import { wordTokens } from './word-tokens.js';
import { gap, isNegated } from './match-cues.js';
import { isNegator, NEGATION_SCOPE, NEGATORS, NEGATORS_AFTER } from './negation.js';

describe('the one negation list (issue 16)', () => {
  it.each(['niet', 'nie', 'ni', 'geen', 'nooit', 'nergens', 'not', 'no', 'never', "don't", 'dont', "can't"])(
    'should know %s as a negation',
    (word) => {
      expect(isNegator(word)).toBe(true);
      expect(NEGATORS.has(word)).toBe(true);
    },
  );

  it.each(['nietes', 'genoeg', 'nog', 'note', 'nothing', 'dood', 'ik'])(
    'should not take %s for one',
    (word) => {
      expect(isNegator(word)).toBe(false);
    },
  );

  it('should count only Dutch negations after a word', () => {
    expect([...NEGATORS_AFTER].sort()).toEqual(['geen', 'nergens', 'ni', 'nie', 'niet', 'nooit']);
    expect(NEGATORS_AFTER.has('not')).toBe(false);
  });

  // The same word is a negation for the lexicons and for the models' features.
  it.each([
    ['ik herken da ni', 'Flemish, after the verb', 3, 9],
    ["i don't belong", 'English, before the word', 8, 14],
    ['nergens hoor ik bij', 'Dutch, before', 16, 19],
  ])('should read %s (%s) as negated in the lexicon and in the features', (text, _how, start, end) => {
    expect(isNegated(text, start, end)).toBe(true);
  });

  it('should mark the words after any negation in the features, up to its scope', () => {
    const words = wordTokens('ik wil ni dood gaan echt wel').map((t) => t.word);
    expect(words).toEqual(['ik', 'wil', 'ni', '!dood', '!gaan', '!echt', 'wel']);
    expect(NEGATION_SCOPE).toBe(3);
    expect(wordTokens("i don't wanna die").map((t) => t.word)).toEqual(['i', "don't", '!wanna', '!die']);
  });

  it('should never let a pattern gap skip a negation, Flemish or English included', () => {
    const wish = new RegExp(`^wil ${gap(2)}dood$`);
    expect(wish.test('wil echt dood')).toBe(true);
    expect(wish.test('wil ni dood')).toBe(false);
    expect(wish.test('wil nergens dood')).toBe(false);
    expect(new RegExp(`^i ${gap(2)}die$`).test("i don't die")).toBe(false);
  });
});
