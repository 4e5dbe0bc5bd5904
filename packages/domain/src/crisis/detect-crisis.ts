import { type LinearModel } from '../model/logistic-regression.js';
import { decodeModel } from '../model/weights-codec.js';
import { TEXT_MODELS } from '../model/text-models.generated.js';
import {
  crisisDense,
  crisisModelText,
  explainModel,
  scoreWindows,
  severityDense,
} from '../model/text-models.js';
import { normalizeText } from '../text/normalize-text.js';
import { type CrisisCategory, type CrisisSeverity } from './crisis-lexicon.js';
import { detectCrisisByLexicon } from './detect-crisis-lexicon.js';

export interface CrisisDetection {
  /** True for `concern` and `acute`: show the author 113 at once and alert the facilitators. */
  readonly crisis: boolean;
  readonly severity: CrisisSeverity;
  /**
   * Why, as written: the lexicon's phrases (or, for a recovered past, the phrases that lowered the alarm),
   * then the words that weighed most in the model when it raised or sharpened the alarm, then the phrases
   * of an earlier message that made this one acute.
   */
  readonly cues: string[];
  /** 0..1: the model's probability of crisis language, the highest over the text and its windows. */
  readonly score: number;
  /** The lexicon's warning-sign categories (empty when only the model caught it). */
  readonly categories: CrisisCategory[];
  /** What raised the alarm: the lexicon, the model, the author's earlier messages. Empty for none. */
  readonly sources: ('lexicon' | 'model' | 'context')[];
  /**
   * Whether an earlier crisis message by the same author (30 minutes) makes this one acute: it alarms,
   * scores above the context threshold, or names a departure or a moment ("ik ga even weg", "het is
   * tijd", "doei") — harmless alone, acute right after "ik kan niet meer".
   */
  readonly contextual: boolean;
}

export interface CrisisContext {
  /**
   * The author's own recent messages in the same room (the API passes the last 30 minutes, newest
   * first, at most five), so a plan after a despairing message is read as acute.
   */
  readonly recent?: readonly string[];
}

/**
 * Words too weak to carry a model-only alarm on their own: times (the lexicon reads them as support for
 * other cues, never as a cue), everyday fillers the model happens to weigh, and going somewhere ("ik ga
 * even weg", "een rondje lopen"): a departure is a reason only after an earlier crisis message (the
 * context rule), never on its own.
 */
export const WEAK_CUES: ReadonlySet<string> = new Set(
  (
    'morgen vandaag vanavond vannacht straks nu zo dadelijk gisteren weekend week keer eigenlijk gewoon ' +
    "even echt heel wel toch maar nog al ooit hoop weet tegen 't da ge gij tomorrow tonight today now just really " +
    'ga gaat gaan ging weg lopen rijden wandelen fietsen buiten naar ff effe rondje eindje stukje doei dag bye ' +
    'going leaving off walk drive'
  ).split(' '),
);

/** How far back the API looks for the author's earlier messages, and how many it passes. */
export const CRISIS_CONTEXT_MINUTES = 30;
export const CRISIS_CONTEXT_MESSAGES = 5;

// Decoded on first use (see classify-contribution.ts).
let decoded: LinearModel | undefined;
const crisisModel = (): LinearModel => (decoded ??= decodeModel(TEXT_MODELS.crisis));
let decodedAcute: LinearModel | undefined;
const acuteModel = (): LinearModel => (decodedAcute ??= decodeModel(TEXT_MODELS.acute));

/**
 * Detects suicidality and self-harm in a contribution, Dutch and English, in three layers:
 *
 * 1. The lexicon (detect-crisis-lexicon.ts, README "Crisis rules") explains: warning-sign phrases with
 *    frames for idioms, denials, media, someone else, a recovered past.
 * 2. A logistic-regression model over hashed character n-grams and words (trained at build time on
 *    data/crisis) catches paraphrase, slang and typos. It reads the text with idioms and denials masked,
 *    and long posts also in windows of 20 words, so one crisis sentence among ordinary ones counts.
 *    Crisis = lexicon alarm OR score ≥ the threshold chosen on the dev split for recall.
 *    Acute = the lexicon says acute; a model-only alarm is a concern, its strongest words as cues.
 * 3. Context: after an earlier crisis message by the same author (`recent`), a message that alarms,
 *    scores above the (lower) context threshold, or names a departure or a moment ("ik ga even weg") is
 *    acute.
 */
export function detectCrisis(text: string, context: CrisisContext = {}): CrisisDetection {
  const own = detectAlone(text);
  const recent = context.recent ?? [];
  if (own.severity === 'acute' || recent.length === 0 || !crisisContextMatters(own)) return own;
  const earlier = recent.map((t) => detectAlone(t)).filter((d) => d.crisis);
  if (earlier.length === 0) return own;
  return {
    ...own,
    crisis: true,
    severity: 'acute',
    cues: [...new Set([...own.cues, ...earlier.flatMap((d) => d.cues)])],
    sources: [...own.sources, 'context'],
  };
}

/**
 * Whether the author's recent messages could change this result: only a message that alarms, scores
 * above the context threshold or names a departure (`contextual`) is read together with what came before. The API skips the look-up
 * otherwise, which keeps an ordinary send at one round trip.
 */
export function crisisContextMatters(detection: CrisisDetection): boolean {
  return detection.severity !== 'acute' && detection.contextual;
}

function detectAlone(text: string): CrisisDetection {
  const normalized = normalizeText(text);
  const lexicon = detectCrisisByLexicon(normalized);
  const modelText = crisisModelText(lexicon);
  const dense = crisisDense(lexicon);
  const model = crisisModel();
  const best = scoreWindows(model, modelText, dense);
  const score = Math.round(best.score * 1000) / 1000;
  // Where the lexicon explains the calm (a past the author says is over) the model
  // does not overrule it.
  // A model-only alarm must be able to say why: when the words that pushed the score are only times and
  // fillers ("morgen", "keer", "eigenlijk"), the score is not a reason to alarm anyone.
  const aboveThreshold = best.score >= TEXT_MODELS.crisisThreshold && !lexicon.recovered;
  const modelWords =
    aboveThreshold && !lexicon.crisis
      ? explainModel(model, best.vector, 0, normalized, modelText, best.start)
      : [];
  const modelAlarm =
    aboveThreshold && (lexicon.crisis || modelWords.some((w) => !WEAK_CUES.has(normalizeText(w).text)));
  const crisis = lexicon.crisis || modelAlarm;
  const contextual = crisis || lexicon.departure || best.score >= TEXT_MODELS.contextThreshold;
  if (!crisis) {
    return {
      crisis: false,
      severity: 'none',
      cues: lexicon.cues,
      score,
      categories: lexicon.categories,
      sources: [],
      contextual,
    };
  }
  // Severity, after the meaning of the warning signs (C-SSRS: method, intent, plan, preparation, an act just
  // done → acute; a passive wish, thoughts without a plan, an urge → concern): the lexicon's acute cues, or
  // the severity model (train-severity-model.ts) over the same text, whose strongest words then come with
  // the cues, so an acute call always names why. Read only for a crisis, so ordinary messages pay nothing.
  const severe =
    lexicon.severity === 'acute' ? undefined : scoreWindows(acuteModel(), modelText, severityDense(lexicon));
  const acuteByModel = severe !== undefined && severe.score >= TEXT_MODELS.acuteThreshold;
  const severity: CrisisSeverity = lexicon.severity === 'acute' || acuteByModel ? 'acute' : 'concern';
  const acuteWords = acuteByModel
    ? explainModel(acuteModel(), severe.vector, 0, normalized, modelText, severe.start)
    : [];
  // The lexicon explains what it caught; the model's words are shown where it went further.
  const modelRaised = modelAlarm && !lexicon.crisis;
  return {
    crisis: true,
    severity,
    cues: [...new Set([...lexicon.cues, ...modelWords, ...acuteWords])],
    score,
    categories: lexicon.categories,
    sources: [
      ...(lexicon.crisis ? (['lexicon'] as const) : []),
      ...(modelRaised ? (['model'] as const) : []),
    ],
    contextual,
  };
}
