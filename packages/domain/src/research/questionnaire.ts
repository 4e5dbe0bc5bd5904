/**
 * Questionnaires as data: an instrument is a definition (items, answer scale, subscales, scoring,
 * norms, licence), checked by `validateQuestionnaireDefinition` when it is loaded. Institutions can add
 * their own (licensed) instruments as definition files; none ships without a licence note.
 */

export interface AnswerOption {
  readonly value: number;
  readonly label: { readonly nl: string; readonly en: string };
}

export interface QuestionnaireItem {
  /** 1-based position in the published order. */
  readonly number: number;
  /** The published wording; null when the institution still has to fill it in (never paraphrased). */
  readonly text: string | null;
  readonly subscale: string;
}

export interface Subscale {
  readonly id: string;
  readonly label: { readonly nl: string; readonly en: string };
}

/** T = c0 + c1·x + c2·x² + c3·x³ with x the scale's mean item score (a published conversion). */
export interface PolynomialNorm {
  readonly scale: string; // 'total' or a subscale id
  readonly group: string; // e.g. 'allen'
  readonly coefficients: readonly number[];
  readonly source: string;
}

/**
 * Keyes' categorical diagnosis: "high" (flourishing) when at least `minHedonic` items of the hedonic
 * subscale and at least `minFunctioning` of the other items are answered with a value in `high`; "low"
 * (languishing) likewise with `low`; otherwise moderate.
 */
export interface KeyesCategories {
  readonly kind: 'keyes';
  readonly hedonicSubscale: string;
  readonly high: readonly number[];
  readonly low: readonly number[];
  readonly minHedonic: number;
  readonly minFunctioning: number;
  readonly source: string;
}

export interface QuestionnaireDefinition {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly language: 'nl';
  /** What the person reads before the items (published wording, or null). */
  readonly instruction: string | null;
  /** The stem before each item, e.g. "In de afgelopen maand, hoe vaak had u het gevoel dat ...". */
  readonly stem: string | null;
  readonly scale: readonly AnswerOption[];
  readonly subscales: readonly Subscale[];
  readonly items: readonly QuestionnaireItem[];
  /** 'mean' of item scores (total and subscales), as published for the instrument. */
  readonly scoring: 'mean' | 'sum';
  readonly categories: KeyesCategories | null;
  readonly norms: readonly PolynomialNorm[];
  readonly licence: string;
  readonly citation: string;
  /** Where the item wording was taken from; null when the texts are left for the institution. */
  readonly textSource: string | null;
}

export class QuestionnaireDefinitionError extends Error {
  constructor(
    readonly definitionId: string,
    readonly problems: readonly string[],
  ) {
    super(`Questionnaire ${definitionId} is not valid: ${problems.join('; ')}`);
    this.name = 'QuestionnaireDefinitionError';
  }
}

/** Every problem with a definition (empty when it can be used). */
export function questionnaireDefinitionProblems(def: QuestionnaireDefinition): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9-]+$/.test(def.id)) problems.push('id must be lower-case letters, digits and dashes');
  if (!def.licence.trim()) problems.push('a licence note is required');
  if (!def.citation.trim()) problems.push('a citation is required');
  if (def.scale.length < 2) problems.push('the answer scale needs at least two options');
  const values = def.scale.map((o) => o.value);
  if (new Set(values).size !== values.length) problems.push('answer values must be unique');
  if (values.some((v) => !Number.isInteger(v))) problems.push('answer values must be whole numbers');
  const subscaleIds = new Set(def.subscales.map((s) => s.id));
  if (subscaleIds.size !== def.subscales.length) problems.push('subscale ids must be unique');
  if (def.items.length === 0) problems.push('there must be at least one item');
  def.items.forEach((item, i) => {
    if (item.number !== i + 1) problems.push(`item ${i + 1} is numbered ${item.number}`);
    if (!subscaleIds.has(item.subscale))
      problems.push(`item ${item.number} has unknown subscale ${item.subscale}`);
    if (item.text !== null && !item.text.trim()) problems.push(`item ${item.number} has an empty text`);
  });
  for (const s of def.subscales)
    if (!def.items.some((i) => i.subscale === s.id)) problems.push(`subscale ${s.id} has no items`);
  const hasTexts = def.items.some((i) => i.text !== null);
  if (hasTexts && !def.textSource) problems.push('item texts need their published source');
  if (hasTexts && def.items.some((i) => i.text === null)) problems.push('either all item texts or none');
  for (const n of def.norms) {
    if (n.scale !== 'total' && !subscaleIds.has(n.scale)) problems.push(`norm for unknown scale ${n.scale}`);
    if (n.coefficients.length === 0 || n.coefficients.some((c) => !Number.isFinite(c)))
      problems.push(`norm ${n.scale}/${n.group} needs finite coefficients`);
  }
  const c = def.categories;
  if (c) {
    if (!subscaleIds.has(c.hedonicSubscale))
      problems.push(`categories name unknown subscale ${c.hedonicSubscale}`);
    if ([...c.high, ...c.low].some((v) => !values.includes(v)))
      problems.push('category values must be on the scale');
  }
  return problems;
}

/** Returns the definition when it is valid; throws with every problem listed otherwise. */
export function validateQuestionnaireDefinition(def: QuestionnaireDefinition): QuestionnaireDefinition {
  const problems = questionnaireDefinitionProblems(def);
  if (problems.length) throw new QuestionnaireDefinitionError(def.id, problems);
  return def;
}

/** True when the items can be shown (the institution filled in or the definition ships the wording). */
export function hasItemTexts(def: QuestionnaireDefinition): boolean {
  return def.items.every((i) => i.text !== null);
}
