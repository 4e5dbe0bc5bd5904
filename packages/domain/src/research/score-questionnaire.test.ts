import { MHC_SF } from './mhc-sf.js';
import {
  answerProblems,
  categoriseAnswers,
  InvalidAnswersError,
  primaryScore,
  scoreQuestionnaire,
  toTScore,
} from './score-questionnaire.js';

const sub = (score: ReturnType<typeof scoreQuestionnaire>, id: string) =>
  score.subscales.find((s) => s.scale === id)!;

describe('scoreQuestionnaire (MHC-SF)', () => {
  it('should score a mixed worked example: means per subscale and in total, and the sum', () => {
    //            emotioneel | sociaal       | psychologisch
    const answers = [4, 1, 2, 4, 4, 4, 3, 3, 4, 4, 5, 2, 1, 0];
    const s = scoreQuestionnaire(MHC_SF, answers);
    expect(s.total).toMatchObject({ sum: 41, mean: 2.93 });
    expect(sub(s, 'emotioneel')).toMatchObject({ sum: 7, mean: 2.33 });
    expect(sub(s, 'sociaal')).toMatchObject({ sum: 18, mean: 3.6 });
    expect(sub(s, 'psychologisch')).toMatchObject({ sum: 16, mean: 2.67 });
    // one emotional item "bijna elke dag" and six of the other eleven 4–5 (items 4, 5, 6, 9, 10, 11)
    expect(s.category).toBe('flourishing');
    expect(primaryScore(MHC_SF, s)).toBe(2.93);
  });

  it.each([
    ['every item "elke dag"', Array(14).fill(5), 'flourishing', 5, 70],
    ['every item "nooit"', Array(14).fill(0), 'languishing', 0, 0],
    ['every item "2 of 3 keer per week"', Array(14).fill(3), 'moderate', 3, 42],
    // no emotional item 4–5, even with every other item "elke dag"
    ['high functioning without a high emotional item', [3, 3, 3, ...Array(11).fill(5)], 'moderate', 4.57, 64],
    // one emotional item 4–5 but only five of the other eleven
    ['five high functioning items', [5, 0, 0, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3], 'moderate', 3.43, 48],
    // one emotional item 0–1 and six of the other eleven 0–1
    ['languishing at the threshold', [1, 3, 3, 0, 0, 1, 1, 0, 1, 5, 5, 5, 5, 5], 'languishing', 2.5, 35],
    ['five low functioning items', [1, 3, 3, 0, 0, 1, 1, 0, 2, 5, 5, 5, 5, 5], 'moderate', 2.57, 36],
    ['low functioning without a low emotional item', [2, 2, 2, ...Array(11).fill(0)], 'moderate', 0.43, 6],
  ])('should categorise %s', (_name, answers, category, mean, sum) => {
    const s = scoreQuestionnaire(MHC_SF, answers as number[]);
    expect(s.category).toBe(category);
    expect(s.total.mean).toBe(mean);
    expect(s.total.sum).toBe(sum);
  });

  it.each([
    ['the lowest mean', 0, 10],
    ['a mean of 3', 3, 48.43],
    ['the highest mean', 5, 79.2],
  ])('should convert %s to a T-score with Tabel A (allen)', (_name, mean, t) => {
    expect(toTScore(MHC_SF, 'total', mean)).toBe(t);
  });

  it('should use the norm group asked for, and give no T-score where no norm is published here', () => {
    expect(toTScore(MHC_SF, 'total', 3, 'vrouwen')).toBe(49.36);
    expect(toTScore(MHC_SF, 'emotioneel', 3)).toBeNull();
    expect(sub(scoreQuestionnaire(MHC_SF, Array(14).fill(3)), 'sociaal').tScore).toBeNull();
    expect(scoreQuestionnaire(MHC_SF, Array(14).fill(3), 'mannen').total.tScore).toBe(
      toTScore(MHC_SF, 'total', 3, 'mannen'),
    );
  });

  it.each([
    ['too few answers', [1, 2, 3], /expected 14 answers/],
    ['an answer off the scale', [6, ...Array(13).fill(0)], /answer 1 is not on the scale/],
    ['a fraction', [0.5, ...Array(13).fill(0)], /answer 1/],
  ])('should refuse %s', (_name, answers, message) => {
    expect(answerProblems(MHC_SF, answers)).not.toEqual([]);
    expect(() => scoreQuestionnaire(MHC_SF, answers)).toThrow(InvalidAnswersError);
    expect(() => scoreQuestionnaire(MHC_SF, answers)).toThrow(message);
  });

  it('should give no category for an instrument without a categorical rule', () => {
    expect(categoriseAnswers({ ...MHC_SF, categories: null }, Array(14).fill(5))).toBeNull();
    const summed = { ...MHC_SF, scoring: 'sum' as const };
    expect(primaryScore(summed, scoreQuestionnaire(summed, Array(14).fill(2)))).toBe(28);
  });
});
