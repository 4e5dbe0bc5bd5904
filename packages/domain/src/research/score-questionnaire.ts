import type { QuestionnaireDefinition } from './questionnaire.js';

export const WELLBEING_CATEGORIES = ['flourishing', 'moderate', 'languishing'] as const;
export type WellbeingCategory = (typeof WELLBEING_CATEGORIES)[number];

export interface ScaleScore {
  readonly scale: string; // 'total' or a subscale id
  readonly mean: number;
  readonly sum: number;
  /** T-score from the definition's norms for this group, when there is one. */
  readonly tScore: number | null;
}

export interface QuestionnaireScore {
  readonly total: ScaleScore;
  readonly subscales: readonly ScaleScore[];
  readonly category: WellbeingCategory | null;
}

export class InvalidAnswersError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAnswersError';
  }
}

/** Problems with a set of answers (one per item, each on the scale); empty when they can be scored. */
export function answerProblems(def: QuestionnaireDefinition, answers: readonly number[]): string[] {
  if (answers.length !== def.items.length)
    return [`expected ${def.items.length} answers, got ${answers.length}`];
  const allowed = new Set(def.scale.map((o) => o.value));
  return answers.flatMap((a, i) => (allowed.has(a) ? [] : [`answer ${i + 1} is not on the scale`]));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** T = c0 + c1·x + c2·x² + … for the scale and norm group, or null when the definition has no norm. */
export function toTScore(
  def: QuestionnaireDefinition,
  scale: string,
  mean: number,
  group = 'allen',
): number | null {
  const norm = def.norms.find((n) => n.scale === scale && n.group === group);
  if (!norm) return null;
  return round2(norm.coefficients.reduce((t, c, power) => t + c * mean ** power, 0));
}

function scaleScore(
  def: QuestionnaireDefinition,
  scale: string,
  values: readonly number[],
  group: string,
): ScaleScore {
  const sum = values.reduce((s, v) => s + v, 0);
  const mean = round2(sum / values.length);
  return { scale, sum, mean, tScore: toTScore(def, scale, sum / values.length, group) };
}

/** Keyes' categorical diagnosis from item answers; null when the definition has no categories. */
export function categoriseAnswers(
  def: QuestionnaireDefinition,
  answers: readonly number[],
): WellbeingCategory | null {
  const rule = def.categories;
  if (!rule) return null;
  const hedonic = answers.filter((_, i) => def.items[i]!.subscale === rule.hedonicSubscale);
  const functioning = answers.filter((_, i) => def.items[i]!.subscale !== rule.hedonicSubscale);
  const count = (values: readonly number[], set: readonly number[]) =>
    values.filter((v) => set.includes(v)).length;
  if (count(hedonic, rule.high) >= rule.minHedonic && count(functioning, rule.high) >= rule.minFunctioning)
    return 'flourishing';
  if (count(hedonic, rule.low) >= rule.minHedonic && count(functioning, rule.low) >= rule.minFunctioning)
    return 'languishing';
  return 'moderate';
}

/**
 * Scores one completed questionnaire: total and subscale means and sums (the definition says which is
 * the published score; both are returned), T-scores where the definition has norms, and the category.
 */
export function scoreQuestionnaire(
  def: QuestionnaireDefinition,
  answers: readonly number[],
  normGroup = 'allen',
): QuestionnaireScore {
  const problems = answerProblems(def, answers);
  if (problems.length) throw new InvalidAnswersError(problems.join('; '));
  return {
    total: scaleScore(def, 'total', answers, normGroup),
    subscales: def.subscales.map((s) =>
      scaleScore(
        def,
        s.id,
        answers.filter((_, i) => def.items[i]!.subscale === s.id),
        normGroup,
      ),
    ),
    category: categoriseAnswers(def, answers),
  };
}

/** The score a report compares over time: the published one (mean or sum of all items). */
export function primaryScore(def: QuestionnaireDefinition, score: QuestionnaireScore): number {
  return def.scoring === 'mean' ? score.total.mean : score.total.sum;
}
