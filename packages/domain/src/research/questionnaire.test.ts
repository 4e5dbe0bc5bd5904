import { MHC_SF, BUILT_IN_QUESTIONNAIRES } from './mhc-sf.js';
import {
  hasItemTexts,
  type QuestionnaireDefinition,
  questionnaireDefinitionProblems,
  QuestionnaireDefinitionError,
  validateQuestionnaireDefinition,
} from './questionnaire.js';

const withoutTexts: QuestionnaireDefinition = {
  ...MHC_SF,
  id: 'mhc-sf-leeg',
  instruction: null,
  stem: null,
  textSource: null,
  items: MHC_SF.items.map((i) => ({ ...i, text: null })),
};

describe('MHC-SF definition', () => {
  it('should have 14 items: emotional 1–3, social 4–8, psychological 9–14, answered 0–5', () => {
    expect(MHC_SF.items).toHaveLength(14);
    expect(MHC_SF.items.map((i) => i.subscale)).toEqual([
      ...Array(3).fill('emotioneel'),
      ...Array(5).fill('sociaal'),
      ...Array(6).fill('psychologisch'),
    ]);
    expect(MHC_SF.scale.map((o) => [o.value, o.label.nl])).toEqual([
      [0, 'Nooit'],
      [1, '1 of 2 keer'],
      [2, 'Ongeveer 1 keer per week'],
      [3, '2 of 3 keer per week'],
      [4, 'Bijna elke dag'],
      [5, 'Elke dag'],
    ]);
  });

  it('should ship the published wording with its source and a licence note', () => {
    expect(hasItemTexts(MHC_SF)).toBe(true);
    expect(MHC_SF.textSource).toMatch(/tijdschriftgedragstherapie\.nl/);
    expect(MHC_SF.items[0]!.text).toBe('... dat u gelukkig was?');
    expect(MHC_SF.licence).toMatch(/Vrij te gebruiken/);
    expect(BUILT_IN_QUESTIONNAIRES).toContain(MHC_SF);
  });
});

describe('validateQuestionnaireDefinition', () => {
  it('should accept a definition whose item texts the institution still has to fill in', () => {
    expect(validateQuestionnaireDefinition(withoutTexts)).toBe(withoutTexts);
    expect(hasItemTexts(withoutTexts)).toBe(false);
  });

  it.each<[string, Partial<QuestionnaireDefinition>, RegExp]>([
    ['a bad id', { id: 'MHC SF' }, /id must be/],
    ['no licence', { licence: ' ' }, /licence note/],
    ['no citation', { citation: '' }, /citation/],
    ['a one-option scale', { scale: [MHC_SF.scale[0]!] }, /at least two options/],
    ['duplicate answer values', { scale: [MHC_SF.scale[0]!, MHC_SF.scale[0]!] }, /unique/],
    [
      'fractional answer values',
      { scale: [{ value: 0.5, label: { nl: 'x', en: 'x' } }, MHC_SF.scale[1]!] },
      /whole numbers/,
    ],
    ['duplicate subscales', { subscales: [...MHC_SF.subscales, MHC_SF.subscales[0]!] }, /subscale ids/],
    ['no items', { items: [] }, /at least one item/],
    [
      'items out of order',
      { items: [MHC_SF.items[1]!, MHC_SF.items[0]!, ...MHC_SF.items.slice(2)] },
      /numbered/,
    ],
    [
      'an unknown subscale',
      { items: [{ number: 1, subscale: 'x', text: 'a' }, ...MHC_SF.items.slice(1)] },
      /unknown subscale x/,
    ],
    [
      'an empty text',
      { items: [{ ...MHC_SF.items[0]!, text: ' ' }, ...MHC_SF.items.slice(1)] },
      /empty text/,
    ],
    [
      'a subscale without items',
      { subscales: [...MHC_SF.subscales, { id: 'leeg', label: { nl: 'l', en: 'l' } }] },
      /has no items/,
    ],
    ['texts without a source', { textSource: null }, /published source/],
    [
      'some texts missing',
      { items: [{ ...MHC_SF.items[0]!, text: null }, ...MHC_SF.items.slice(1)] },
      /all item texts or none/,
    ],
    [
      'a norm for an unknown scale',
      { norms: [{ scale: 'x', group: 'allen', coefficients: [1], source: 's' }] },
      /unknown scale/,
    ],
    [
      'a norm without coefficients',
      { norms: [{ scale: 'total', group: 'allen', coefficients: [], source: 's' }] },
      /finite/,
    ],
    [
      'categories on an unknown subscale',
      { categories: { ...MHC_SF.categories!, hedonicSubscale: 'x' } },
      /categories name/,
    ],
    ['category values off the scale', { categories: { ...MHC_SF.categories!, high: [9] } }, /on the scale/],
  ])('should refuse %s', (_name, change, problem) => {
    const def = { ...MHC_SF, ...change } as QuestionnaireDefinition;
    expect(questionnaireDefinitionProblems(def).join('; ')).toMatch(problem);
    expect(() => validateQuestionnaireDefinition(def)).toThrow(QuestionnaireDefinitionError);
  });
});
