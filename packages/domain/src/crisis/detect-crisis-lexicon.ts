import { compileLexicon, type CueMatch, findCues, resolveOverlaps } from '../text/match-cues.js';
import { CLAUSE_BREAK, type NormalizedText, originalSlice } from '../text/normalize-text.js';
import { CRISIS_FRAMES } from './crisis-frames.js';
import {
  ACCIDENT_FRAME,
  CRISIS_MASKS,
  CRISIS_PATTERNS,
  type CrisisCategory,
  type CrisisPattern,
  type CrisisSeverity,
  DISCUSSION_FRAME,
  FIRST_PERSON,
  GENERIC_YOU_FRAME,
  HELPING_FRAME,
  ON_PURPOSE,
  OTHER_PERSON,
  PAST_FRAME,
  RECOVERY_FRAME,
  RETURN_FRAME,
  SELF_SUBJECT,
  THIRD_PERSON_FRAME,
} from './crisis-lexicon.js';

export interface LexiconCrisis {
  readonly crisis: boolean;
  readonly severity: CrisisSeverity;
  /** The phrases that raised (or, for a recovered past, lowered) the alarm, as written. */
  readonly cues: string[];
  /** The categories of the alarming cues (ideation, method, …), in order of appearance, once each. */
  readonly categories: CrisisCategory[];
  /** A time ("vannacht") or a farewell phrase ("bedankt voor alles") was said, alarming or not. */
  readonly support: boolean;
  /**
   * A departure or a moment ("ik ga even weg", "het is tijd", "doei"): harmless alone, acute right after
   * an earlier crisis message by the same author.
   */
  readonly departure: boolean;
  /**
   * Nothing alarming, and the lexicon can say why: a past the author says is over and not back, or an
   * accident. (Crisis words a frame set aside as someone else's, a film's or a generic "you" are dropped
   * as cues, but the model may still alarm on the message.)
   */
  readonly recovered: boolean;
  /** The normalised text with idioms and denials blanked out ("#"), same length as normalized.text. */
  readonly masked: string;
}

const LEVEL_WEIGHT = { acute: 3, concern: 2, support: 1 } as const;

const patterns = compileLexicon(
  CRISIS_PATTERNS.map((p, i) => ({
    label: String(i),
    pattern: p.pattern,
    weight: LEVEL_WEIGHT[p.level],
    negatable: p.negatable,
  })),
);
const masks = compileLexicon(CRISIS_MASKS.map((pattern) => ({ label: 'mask', pattern, weight: 1 })));
const frame = (pattern: string): RegExp => new RegExp(`(?<![\\w'])(?:${pattern})(?![\\w'])`);
const FRAMES = {
  discussion: frame(DISCUSSION_FRAME),
  thirdPerson: frame(THIRD_PERSON_FRAME),
  genericYou: frame(GENERIC_YOU_FRAME),
  accident: frame(ACCIDENT_FRAME),
  onPurpose: frame(ON_PURPOSE),
  past: frame(PAST_FRAME),
  firstPerson: frame(FIRST_PERSON),
  recovery: frame(RECOVERY_FRAME),
  return: frame(RETURN_FRAME),
  helping: frame(HELPING_FRAME),
  otherPerson: frame(OTHER_PERSON),
  helpedPerson: frame(`${OTHER_PERSON}|iemand|someone|mijne|mijnen`),
  selfSubject: frame(SELF_SUBJECT),
};
const RECOVERY_GLOBAL = new RegExp(FRAMES.recovery.source, 'g');
/** Per pattern: the phrase it needs beside it somewhere in the message, the reason that keeps it quiet. */
const WITH = CRISIS_PATTERNS.map((p) =>
  p.with === undefined ? undefined : new RegExp(frame(p.with).source, 'g'),
);
/** The category frames: in a past clause of a message that says it is over, they are a recovered past. */
const CATEGORY_FRAMES = new Set(CRISIS_FRAMES);
/** Signs told as acts (a method, pills taken, a goodbye, a gift): about the author only if nobody else acts. */
const ACTS: ReadonlySet<CrisisCategory> = new Set([
  'method',
  'act',
  'means',
  'self_harm',
  'farewell',
  'preparatory',
  'plan',
]);
const UNLESS = CRISIS_PATTERNS.map((p) => (p.unless === undefined ? undefined : frame(p.unless)));

interface Cue {
  readonly spec: CrisisPattern;
  readonly match: CueMatch<string>;
}

function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  // Per UTF-16 unit, so match offsets stay valid.
  const chars = text.split('');
  for (const { start, end } of spans) for (let i = start; i < end; i++) chars[i] = '#';
  return chars.join('');
}

/** [start, end) of the clause around a position. */
function clauseAt(text: string, position: number): string {
  const before = text.lastIndexOf(` ${CLAUSE_BREAK} `, position);
  const after = text.indexOf(` ${CLAUSE_BREAK} `, position);
  return text.slice(before === -1 ? 0 : before + 3, after === -1 ? text.length : after);
}

/** Is this cue about the author, here and now? Frames around it can say otherwise. */
function keepInContext(cue: Cue, text: string, helping: boolean): boolean {
  const clause = clauseAt(text, cue.match.start);
  // "Mijn vriend zegt dat hij dood wil, hoe kan ik hem helpen?": someone else's words, asked about by a
  // helper. Only where the clause is about another person and not about the author.
  if (helping && FRAMES.otherPerson.test(clause) && !FRAMES.selfSubject.test(clause)) return false;
  // crisis14: "mijn moeder heeft al haar pillen bewaard en ik ben bang, wat moet ik doen": in a message
  // asking how to help, a sign whose clause names someone else (or "iemand") before it, with no "ik"
  // before it, is theirs; the helper's own "ik ben bang" later in the clause does not make it the author's.
  if (helping) {
    const from = text.lastIndexOf(` ${CLAUSE_BREAK} `, cue.match.start);
    const lead = text.slice(from === -1 ? 0 : from + 3, cue.match.start);
    if (FRAMES.helpedPerson.test(lead) && !FRAMES.selfSubject.test(lead)) return false;
  }
  const category: CrisisCategory = cue.spec.category;
  // "Mijn zus heeft haar hond weggegeven", "op het nieuws ging het over een overdosis": someone else (or a
  // story) acts before the sign, and the author is nowhere in the clause.
  if (ACTS.has(category) && !FRAMES.selfSubject.test(clause)) {
    const before = text.slice(
      Math.max(0, text.lastIndexOf(` ${CLAUSE_BREAK} `, cue.match.start)),
      cue.match.start,
    );
    if (FRAMES.otherPerson.test(before) || FRAMES.discussion.test(before)) return false;
  }
  // "Bel 113 als je aan zelfmoord denkt": a clause about a generic "you", with no "ik" in it.
  if (FRAMES.genericYou.test(clause) && !FRAMES.firstPerson.test(clause)) return false;
  // Bare words ("zelfmoord") in a clause about prevention, a film, or someone else's death.
  if (category === 'topic' && (FRAMES.discussion.test(clause) || FRAMES.thirdPerson.test(clause)))
    return false;
  // "Afscheid genomen van mijn moeder bij het graf" is grief, not a farewell of one's own.
  if (category === 'farewell' && cue.spec.level === 'concern' && FRAMES.thirdPerson.test(clause))
    return false;
  // "Ik heb me gesneden aan een blikje tijdens het koken" — unless it was on purpose.
  if (category === 'self_harm' && FRAMES.accident.test(clause) && !FRAMES.onPurpose.test(clause))
    return false;
  return true;
}

/**
 * The lexicon's reading of a contribution (see README "Crisis rules"); detect-crisis.ts combines it with
 * the trained model and the author's recent messages.
 *
and self-harm in a contribution, Dutch and English.
 *
 * Rules (see README "Crisis rules"):
 * - acute: a decision ("ik ga er een eind aan maken"), a named method ("voor de trein springen"), means at
 *   hand (pills saved, a rope bought, "ik heb een plan"), an act in progress ("ik sta op de brug"), a final
 *   farewell ("dit is mijn afscheid", a farewell letter), or a present death wish together with a time
 *   ("vannacht", "tonight").
 * - concern: ideation and passive wishes ("ik wil er niet meer zijn"), hopelessness ("ik zie het niet meer
 *   zitten"), feeling a burden ("iedereen is beter af zonder mij"), self-harm ("in mijn arm gesneden"),
 *   and the bare words (zelfmoord, suicide) when nothing frames them otherwise.
 * - none: idioms ("doodmoe", "dood van het lachen", "mijn telefoon is dood"), prevention and media talk
 *   ("training suïcidepreventie", "113"), someone else's death, a generic "you", accidents, explicit
 *   denials ("ik wil niet dood", "geen gedachten meer aan zelfmoord"), and a past that the author says is
 *   over ("vroeger wilde ik dood, nu gaat het beter") — unless it is coming back ("weer", "nog steeds").
 *   A denial with a wish beside it stays concern: "ik wil niet dood, ik wil dat de pijn stopt".
 * Missing a crisis is worse than a false alarm, so anything explicit outside these frames alarms.
 */
export function detectCrisisByLexicon(normalized: NormalizedText): LexiconCrisis {
  const maskSpans = findCues(normalized, masks);
  const masked: NormalizedText = { ...normalized, text: blank(normalized.text, maskSpans) };

  // A frame with `with` needs its second phrase somewhere in the message ("mijn kat ... mag hem houden");
  // one with `unless` stays quiet where an ordinary reason is given ("want we verhuizen").
  const partner = new Map<CueMatch<string>, string>();
  const all: Cue[] = [];
  let pastOver: boolean | undefined;
  let explained = false;
  for (const match of findCues(masked, patterns)) {
    const id = Number(match.label);
    const spec = CRISIS_PATTERNS[id] as CrisisPattern;
    if (UNLESS[id]?.test(masked.text) === true) continue;
    // "Ik heb ooit al mijn spullen weggegeven, nu heb ik een huis vol": a past that is over.
    if (
      (CATEGORY_FRAMES.has(spec) || spec.level === 'acute') &&
      FRAMES.past.test(clauseAt(masked.text, match.start))
    ) {
      pastOver ??= FRAMES.recovery.test(masked.text) && !FRAMES.return.test(masked.text);
      if (pastOver) {
        explained = true;
        continue;
      }
    }
    const needs = WITH[id];
    if (needs !== undefined) {
      const second = [...masked.text.matchAll(needs)].find(
        (m) => m.index < match.start || m.index >= match.end,
      );
      if (second === undefined) continue;
      partner.set(match, originalSlice(normalized, second.index, second.index + second[0].length));
    }
    all.push({ spec, match });
  }
  // Support cues (a time, "bedankt voor alles") sharpen other cues even inside them: "ik wil vannacht dood".
  const support = all.filter((c) => c.spec.level === 'support');
  const resolved = new Set(
    resolveOverlaps(all.filter((c) => c.spec.level !== 'support').map((c) => c.match)),
  );
  const found = [...all.filter((c) => resolved.has(c.match)), ...support].sort(
    (a, b) => a.match.start - b.match.start,
  );
  const helping = FRAMES.helping.test(masked.text);
  const cues = found.filter((cue) => keepInContext(cue, masked.text, helping));
  // Crisis words the frames explained away (an accident, someone else, a film, a generic "you").
  // Only a past the author says is over, or an accident told as one ("gesneden aan een blikje"), keeps the
  // model quiet (issue 13 round four): crisis words that a frame set aside as someone else's or a generic
  // "you" no longer veto a high model score — on the train lines that veto hid half a dozen crisis lines
  // ("hoe lang duurt het voordat je niks meer voelt als je veel pillen neemt") for two false alarms fewer.
  const framed =
    explained ||
    found.some(
      (c) =>
        c.spec.category === 'self_harm' &&
        !cues.includes(c) &&
        FRAMES.accident.test(clauseAt(masked.text, c.match.start)),
    );

  const alarming = cues.filter((c) => c.spec.level !== 'support');
  const base = {
    categories: [...new Set(alarming.map((c) => c.spec.category))],
    support: cues.some((c) => c.spec.level === 'support' && c.spec.category !== 'departure'),
    departure: cues.some((c) => c.spec.category === 'departure'),
    masked: masked.text,
  };
  if (alarming.length === 0) {
    // Nothing alarming, but the message speaks of a past that is over ("dat doe ik al jaren niet meer"):
    // the model is not to read its old words as a crisis now.
    const over = RECOVERY_GLOBAL.test(masked.text) && FRAMES.past.test(masked.text);
    RECOVERY_GLOBAL.lastIndex = 0;
    const recovered = (over && !FRAMES.return.test(masked.text)) || framed;
    return { ...base, crisis: false, severity: 'none', cues: [], recovered };
  }

  const phrases = cues.flatMap((c) => {
    const second = partner.get(c.match);
    return second === undefined ? [c.match.cue] : [c.match.cue, second];
  });
  const hasAcute = alarming.some((c) => c.spec.level === 'acute');
  const presentWish = alarming.some(
    (c) => (c.spec.category === 'ideation' || c.spec.category === 'hopelessness') && c.spec.past !== true,
  );
  const hasTime = cues.some((c) => c.spec.category === 'time');
  const hasFarewellHint = cues.some((c) => c.spec.category === 'farewell_hint');

  // An acute sign is never read as a recovered past: a plan, an attempt or a time counts even beside words
  // of recovery ("vannacht wilde ik een eind aan mijn leven maken, ik heb al geleerd hoe").
  if (hasAcute || (presentWish && (hasTime || hasFarewellHint))) {
    return { ...base, crisis: true, severity: 'acute', cues: phrases, recovered: false };
  }

  // A recovered past: every alarming cue is in the past tense or a bare word, the author says it is over,
  // and nothing says it is back.
  const isPast = (c: Cue): boolean =>
    c.spec.past === true || FRAMES.past.test(clauseAt(masked.text, c.match.start));
  const onlyPast = alarming.every((c) => isPast(c) || c.spec.category === 'topic');
  const recovery = [...masked.text.matchAll(RECOVERY_GLOBAL)];
  if (onlyPast && recovery.length > 0 && !FRAMES.return.test(masked.text)) {
    const recoveryPhrases = recovery.map((m) => originalSlice(normalized, m.index, m.index + m[0].length));
    return {
      ...base,
      crisis: false,
      severity: 'none',
      cues: [...phrases, ...recoveryPhrases],
      recovered: true,
    };
  }
  return { ...base, crisis: true, severity: 'concern', cues: phrases, recovered: false };
}
