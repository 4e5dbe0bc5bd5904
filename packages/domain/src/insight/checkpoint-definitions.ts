import { ratio } from '../math/numbers.js';
import { countCell, median, shareCell, statCell } from './suppress-small.js';
import type { CheckpointDefinition, CheckpointId, CheckpointInput } from './checkpoint-input.js';

/**
 * The checkpoints' texts (label, question and formula in nl and en) and their components and figures:
 * what scoreCheckpoint (score-checkpoints.ts) weighs. Thresholds are exported for the tests and the report page.
 */

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));
const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Projectie share per half; a half without tagged contributions borrows the share of the whole period. */
function projectieShares(p: CheckpointInput['projectie']): { early: number; late: number } {
  const overall = ratio(p.projectieEarly + p.projectieLate, p.taggedEarly + p.taggedLate);
  return {
    early: p.taggedEarly === 0 ? overall : p.projectieEarly / p.taggedEarly,
    late: p.taggedLate === 0 ? overall : p.projectieLate / p.taggedLate,
  };
}

/** Median days to the kantelpunt: 7 days or fewer counts fully, 42 days (six weeks) or more not at all. */
export const KANTELPUNT_DAYS = { full: 7, none: 42 } as const;
/** Facilitators' voice against their share of members: ratio 1 or less counts fully, 3 or more not at all. */
export const FACILITATOR_RATIO = { full: 1, none: 3 } as const;
/** Half of the contributions outside the meetings counts fully. */
export const OUTSIDE_SESSIONS_FULL = 0.5;
/** A quarter of the participants reaching getuigenis counts fully. */
export const GETUIGENIS_FULL = 0.25;
/** Projectie share in the second half: 0 % counts fully, 40 % or more not at all. */
export const LATE_PROJECTIE_NONE = 0.4;
/** Tagged contributions needed for a projectie score; the equality score needs EQUALITY_THRESHOLDS' 10. */
export const MIN_TAGGED = 10;
export const MIN_CONTRIBUTIONS = 10;

export const CHECKPOINTS: Readonly<Record<CheckpointId, CheckpointDefinition>> = {
  projectie: {
    id: 'projectie',
    label: { nl: 'Identificeer de projectiefase', en: 'Identify the projection phase' },
    question: {
      nl: 'Biedt de omgeving ruimte waarin projecties herkend en bespreekbaar gemaakt kunnen worden?',
      en: 'Does the setting offer room in which projections can be recognised and talked about?',
    },
    formula: {
      nl: 'Score = 100 × (0,3 × L + 0,3 × T + 0,4 × S). L = 1 − (aandeel projectie in de tweede helft ÷ 40 %), begrensd op 0..1. T = 0,5 + 2,5 × (aandeel projectie eerste helft − tweede helft), begrensd op 0..1: 0,5 bij gelijk blijven, 1 bij een daling van 20 procentpunt. S = 1 − aandeel deelnemers dat vastzit in projectie (21 dagen zonder herkenning). Minder dan 10 gelabelde berichten: geen score.',
      en: 'Score = 100 × (0.3 × L + 0.3 × T + 0.4 × S). L = 1 − (projection share in the second half ÷ 40%), clamped to 0..1. T = 0.5 + 2.5 × (projection share first half − second half), clamped to 0..1: 0.5 when unchanged, 1 after a fall of 20 points. S = 1 − share of participants stuck in projection (21 days without recognition). Fewer than 10 tagged messages: no score.',
    },
    components: [
      {
        id: 'lateProjectie',
        weight: 0.3,
        label: {
          nl: 'L: weinig projectie in de tweede helft',
          en: 'L: little projection in the second half',
        },
        value: (i) => clamp01(1 - projectieShares(i.projectie).late / LATE_PROJECTIE_NONE),
        people: (i) => i.participants,
        intervention: 'insight.intervention.discussProjection',
      },
      {
        id: 'projectieTrend',
        weight: 0.3,
        label: { nl: 'T: projectie neemt af', en: 'T: projection decreases' },
        value: (i) => {
          const { early, late } = projectieShares(i.projectie);
          return clamp01(0.5 + 2.5 * (early - late));
        },
        people: (i) => i.participants,
        intervention: 'insight.intervention.roomForProjection',
      },
      {
        id: 'notStuck',
        weight: 0.4,
        label: { nl: 'S: niemand zit vast in projectie', en: 'S: nobody stuck in projection' },
        value: (i) => 1 - ratio(i.projectie.stuck, i.participants),
        people: (i) => i.projectie.stuck,
        intervention: 'insight.intervention.reflectionPrompt',
      },
    ],
    figures: [
      {
        id: 'projectieShareEarly',
        unit: 'share',
        label: { nl: 'Aandeel projectie, eerste helft', en: 'Projection share, first half' },
        cell: (i) => statCell(share(i.projectie.projectieEarly, i.projectie.taggedEarly), i.participants),
      },
      {
        id: 'projectieShareLate',
        unit: 'share',
        label: { nl: 'Aandeel projectie, tweede helft', en: 'Projection share, second half' },
        cell: (i) => statCell(share(i.projectie.projectieLate, i.projectie.taggedLate), i.participants),
      },
      {
        id: 'stuck',
        unit: 'count',
        label: { nl: 'Deelnemers vast in projectie', en: 'Participants stuck in projection' },
        cell: (i) => countCell(i.projectie.stuck),
      },
    ],
    enoughData: (i) => i.projectie.taggedEarly + i.projectie.taggedLate >= MIN_TAGGED,
  },
  herkenning: {
    id: 'herkenning',
    label: { nl: 'Faciliteer herkenning', en: 'Facilitate recognition' },
    question: {
      nl: 'Hoe creëer je een omgeving waarin mensen elkaar raken en zich in elkaars verhaal herkennen?',
      en: 'How do you create a setting in which people touch each other and recognise themselves in each other’s stories?',
    },
    formula: {
      nl: 'Score = 100 × (0,35 × G + 0,35 × O + 0,3 × K). G = aandeel deelnemers dat minstens één keer "ik herken dit" gaf. O = aandeel dat minstens één herkenning ontving. K = (42 − mediaan dagen tot het kantelpunt) ÷ 35, begrensd op 0..1: binnen een week telt volledig, na zes weken niet; 0 als niemand het kantelpunt bereikte.',
      en: 'Score = 100 × (0.35 × G + 0.35 × O + 0.3 × K). G = share of participants who gave "I recognise this" at least once. O = share who received at least one recognition. K = (42 − median days to the tipping point) ÷ 35, clamped to 0..1: within a week counts fully, after six weeks not at all; 0 if nobody reached the tipping point.',
    },
    components: [
      {
        id: 'gave',
        weight: 0.35,
        label: { nl: 'G: gaf herkenning', en: 'G: gave recognition' },
        value: (i) => ratio(i.herkenning.gave, i.participants),
        people: (i) => i.herkenning.gave,
        intervention: 'insight.intervention.shareInEqualGroups',
      },
      {
        id: 'received',
        weight: 0.35,
        label: { nl: 'O: ontving herkenning', en: 'O: received recognition' },
        value: (i) => ratio(i.herkenning.received, i.participants),
        people: (i) => i.herkenning.received,
        intervention: 'insight.intervention.bringTogether',
      },
      {
        id: 'kantelpuntSpeed',
        weight: 0.3,
        label: { nl: 'K: snel bij het kantelpunt', en: 'K: tipping point reached early' },
        value: (i) => {
          const m = median(i.herkenning.kantelpuntDays);
          if (m === null) return 0;
          return clamp01((KANTELPUNT_DAYS.none - m) / (KANTELPUNT_DAYS.none - KANTELPUNT_DAYS.full));
        },
        people: (i) => i.herkenning.kantelpuntDays.length,
        intervention: 'insight.intervention.totallyDifferent',
      },
    ],
    figures: [
      {
        id: 'gave',
        unit: 'count',
        label: { nl: 'Deelnemers die herkenning gaven', en: 'Participants who gave recognition' },
        cell: (i) => countCell(i.herkenning.gave),
      },
      {
        id: 'gaveShare',
        unit: 'share',
        label: { nl: 'Aandeel dat herkenning gaf', en: 'Share who gave recognition' },
        cell: (i) => shareCell(i.herkenning.gave, i.participants),
      },
      {
        id: 'received',
        unit: 'count',
        label: { nl: 'Deelnemers die herkenning ontvingen', en: 'Participants who received recognition' },
        cell: (i) => countCell(i.herkenning.received),
      },
      {
        id: 'receivedShare',
        unit: 'share',
        label: { nl: 'Aandeel dat herkenning ontving', en: 'Share who received recognition' },
        cell: (i) => shareCell(i.herkenning.received, i.participants),
      },
      {
        id: 'kantelpuntMedianDays',
        unit: 'days',
        label: { nl: 'Mediaan tijd tot het kantelpunt', en: 'Median time to the tipping point' },
        cell: (i) => statCell(median(i.herkenning.kantelpuntDays), i.herkenning.kantelpuntDays.length),
      },
    ],
    enoughData: () => true,
  },
  gelijkwaardigheid: {
    id: 'gelijkwaardigheid',
    label: { nl: 'Bewaak gelijkwaardigheid', en: 'Guard equality' },
    question: {
      nl: 'Is er geen hiërarchie tussen begeleiders en deelnemers, en telt ieders ervaring?',
      en: 'Is there no hierarchy between facilitators and participants, and does everyone’s experience count?',
    },
    formula: {
      nl: 'Score = 100 × (0,4 × E + 0,3 × B + 0,3 × Q). E = 1 − Gini van de spreektijd (tekens, begeleiders meegeteld). B = (3 − r) ÷ 2, begrensd op 0..1, met r = aandeel spreektijd van de begeleiders ÷ hun aandeel in de groep: r ≤ 1 telt volledig, r ≥ 3 niet (1 zonder begeleiders). Q = 1 − aandeel leden dat niets schreef. Minder dan 10 berichten: geen score.',
      en: 'Score = 100 × (0.4 × E + 0.3 × B + 0.3 × Q). E = 1 − Gini of speaking time (characters, facilitators included). B = (3 − r) ÷ 2, clamped to 0..1, where r = facilitators’ share of speaking time ÷ their share of the group: r ≤ 1 counts fully, r ≥ 3 not at all (1 without facilitators). Q = 1 − share of members who wrote nothing. Fewer than 10 messages: no score.',
    },
    components: [
      {
        id: 'evenVoice',
        weight: 0.4,
        label: { nl: 'E: spreektijd gelijk verdeeld', en: 'E: speaking time evenly spread' },
        value: (i) => clamp01(1 - i.gelijkwaardigheid.gini),
        people: (i) => i.gelijkwaardigheid.members,
        intervention: 'insight.intervention.roundForEveryone',
      },
      {
        id: 'facilitatorBalance',
        weight: 0.3,
        label: { nl: 'B: begeleiders niet dominant', en: 'B: facilitators not dominant' },
        value: (i) => {
          const g = i.gelijkwaardigheid;
          if (g.facilitatorShareOfMembers === 0) return 1;
          const r = g.facilitatorShareOfVoice / g.facilitatorShareOfMembers;
          return clamp01((FACILITATOR_RATIO.none - r) / (FACILITATOR_RATIO.none - FACILITATOR_RATIO.full));
        },
        people: (i) => i.gelijkwaardigheid.members,
        intervention: 'insight.intervention.facilitatorsShare',
      },
      {
        id: 'nobodySilent',
        weight: 0.3,
        label: { nl: 'Q: niemand blijft stil', en: 'Q: nobody stays silent' },
        value: (i) => 1 - ratio(i.gelijkwaardigheid.silent, i.gelijkwaardigheid.members),
        people: (i) => i.gelijkwaardigheid.silent,
        intervention: 'insight.intervention.noHierarchy',
      },
    ],
    figures: [
      {
        id: 'gini',
        unit: 'decimal',
        label: { nl: 'Gini van de spreektijd', en: 'Gini of speaking time' },
        cell: (i) => statCell(i.gelijkwaardigheid.gini, i.gelijkwaardigheid.members),
      },
      {
        id: 'facilitatorShareOfVoice',
        unit: 'share',
        label: { nl: 'Spreektijd van de begeleiders', en: 'Facilitators’ share of speaking time' },
        cell: (i) => statCell(i.gelijkwaardigheid.facilitatorShareOfVoice, i.gelijkwaardigheid.members),
      },
      {
        id: 'facilitatorShareOfMembers',
        unit: 'share',
        label: { nl: 'Aandeel begeleiders in de groep', en: 'Facilitators’ share of the group' },
        cell: (i) => statCell(i.gelijkwaardigheid.facilitatorShareOfMembers, i.gelijkwaardigheid.members),
      },
      {
        id: 'silent',
        unit: 'count',
        label: { nl: 'Leden die niets schreven', en: 'Members who wrote nothing' },
        cell: (i) => countCell(i.gelijkwaardigheid.silent),
      },
    ],
    enoughData: (i) => i.gelijkwaardigheid.contributions >= MIN_CONTRIBUTIONS,
  },
  verbinding: {
    id: 'verbinding',
    label: { nl: 'Ondersteun het proces van verbinding', en: 'Support the process of connection' },
    question: {
      nl: 'Is er genoeg contact en interactie buiten de bijeenkomsten, ook tegen het zwarte gat na afloop?',
      en: 'Is there enough contact and interaction outside the sessions, also against the black hole afterwards?',
    },
    formula: {
      nl: 'Score = 100 × (0,3 × U + 0,3 × W + 0,2 × A + 0,2 × Z). U = aandeel berichten buiten de bijeenkomsten ÷ 50 %, begrensd op 1. W = aandeel deelnemers met contact over en weer (herkenning of reacties in beide richtingen). A = aandeel oud-deelnemers dat de eerste maand na afloop nog actief was. Z = 1 − aandeel oud-deelnemers met zwart-gat-niveau hoog. Wat nog niet te meten is (geen oud-deelnemers) telt niet mee; de andere gewichten tellen dan naar verhouding zwaarder.',
      en: 'Score = 100 × (0.3 × U + 0.3 × W + 0.2 × A + 0.2 × Z). U = share of messages outside the sessions ÷ 50%, capped at 1. W = share of participants with two-way contact (recognition or replies in both directions). A = share of alumni still active in the first month after the end. Z = 1 − share of alumni at zwart-gat level high. What cannot be measured yet (no alumni) is left out; the other weights then count proportionally more.',
    },
    components: [
      {
        id: 'outsideSessions',
        weight: 0.3,
        label: { nl: 'U: contact buiten de bijeenkomsten', en: 'U: contact outside the sessions' },
        value: (i) =>
          i.verbinding.contributions === 0
            ? 0
            : Math.min(1, i.verbinding.outsideSessions / i.verbinding.contributions / OUTSIDE_SESSIONS_FULL),
        people: (i) => i.participants,
        intervention: 'insight.intervention.contactOutsideSessions',
      },
      {
        id: 'twoWay',
        weight: 0.3,
        label: { nl: 'W: contact over en weer', en: 'W: two-way contact' },
        value: (i) => ratio(i.verbinding.withTwoWay, i.participants),
        people: (i) => i.verbinding.withTwoWay,
        intervention: 'insight.intervention.reciprocity',
      },
      {
        id: 'alumniActive',
        weight: 0.2,
        label: { nl: 'A: oud-deelnemers blijven actief', en: 'A: alumni stay active' },
        value: (i) => share(i.verbinding.alumniActive, i.verbinding.alumniMeasured),
        people: (i) => i.verbinding.alumniActive,
        intervention: 'insight.intervention.aftercareMoment',
      },
      {
        id: 'zwartGat',
        weight: 0.2,
        label: { nl: 'Z: weinig zwart gat', en: 'Z: little black hole' },
        value: (i) => {
          const s = share(i.verbinding.alumniHigh, i.verbinding.alumniScored);
          return s === null ? null : 1 - s;
        },
        people: (i) => i.verbinding.alumniHigh,
        intervention: 'insight.intervention.aftercareMoment',
      },
    ],
    figures: [
      {
        id: 'outsideSessionsShare',
        unit: 'share',
        label: { nl: 'Berichten buiten de bijeenkomsten', en: 'Messages outside the sessions' },
        cell: (i) =>
          statCell(share(i.verbinding.outsideSessions, i.verbinding.contributions), i.participants),
      },
      {
        id: 'withTwoWay',
        unit: 'count',
        label: { nl: 'Deelnemers met contact over en weer', en: 'Participants with two-way contact' },
        cell: (i) => countCell(i.verbinding.withTwoWay),
      },
      {
        id: 'alumniActiveShare',
        unit: 'share',
        label: { nl: 'Oud-deelnemers actief na 1 maand', en: 'Alumni active after 1 month' },
        cell: (i) => shareCell(i.verbinding.alumniActive, i.verbinding.alumniMeasured),
      },
      {
        id: 'alumniHigh',
        unit: 'count',
        label: { nl: 'Oud-deelnemers met zwart gat hoog', en: 'Alumni at black hole level high' },
        cell: (i) => countCell(i.verbinding.alumniHigh),
      },
    ],
    enoughData: (i) => i.verbinding.contributions >= MIN_CONTRIBUTIONS,
  },
  getuigenis: {
    id: 'getuigenis',
    label: { nl: 'Geef ruimte aan getuigenis', en: 'Give room to testimony' },
    question: {
      nl: 'Hoe krijgen herstelde deelnemers de ruimte om anderen te ondersteunen en te inspireren?',
      en: 'How do recovered participants get room to support and inspire others?',
    },
    formula: {
      nl: 'Score = 100 × (0,5 × R + 0,25 × M + 0,25 × F). R = aandeel deelnemers dat de fase getuigenis bereikte ÷ 25 %, begrensd op 1. M = aandeel van de oud-deelnemers in getuigenis dat zich als mentor aanmeldde. F = gevormde mentorschappen ÷ aangemelde mentoren, begrensd op 1. M en F tellen pas mee als er oud-deelnemers in getuigenis en mentoren zijn.',
      en: 'Score = 100 × (0.5 × R + 0.25 × M + 0.25 × F). R = share of participants who reached testimony ÷ 25%, capped at 1. M = share of alumni in testimony who signed up as mentor. F = mentorships formed ÷ mentors signed up, capped at 1. M and F count only once there are alumni in testimony and mentors.',
    },
    components: [
      {
        id: 'reachedGetuigenis',
        weight: 0.5,
        label: { nl: 'R: deelnemers in getuigenis', en: 'R: participants in testimony' },
        value: (i) => Math.min(1, ratio(i.getuigenis.reachedGetuigenis, i.participants) / GETUIGENIS_FULL),
        people: (i) => i.getuigenis.reachedGetuigenis,
        intervention: 'insight.intervention.roomForTestimony',
      },
      {
        id: 'mentorsOptedIn',
        weight: 0.25,
        label: { nl: 'M: mentoren aangemeld', en: 'M: mentors signed up' },
        value: (i) => {
          const s = share(i.getuigenis.mentorsOptedIn, i.getuigenis.alumniReachedGetuigenis);
          return s === null ? null : Math.min(1, s);
        },
        people: (i) => i.getuigenis.mentorsOptedIn,
        intervention: 'insight.intervention.inviteMentors',
      },
      {
        id: 'mentorships',
        weight: 0.25,
        label: { nl: 'F: mentorschappen gevormd', en: 'F: mentorships formed' },
        value: (i) => {
          const s = share(i.getuigenis.mentorshipsFormed, i.getuigenis.mentorsOptedIn);
          return s === null ? null : Math.min(1, s);
        },
        people: (i) => i.getuigenis.mentorshipsFormed,
        intervention: 'insight.intervention.connectMentees',
      },
    ],
    figures: [
      {
        id: 'reachedGetuigenis',
        unit: 'count',
        label: { nl: 'Deelnemers in de fase getuigenis', en: 'Participants in the testimony phase' },
        cell: (i) => countCell(i.getuigenis.reachedGetuigenis),
      },
      {
        id: 'mentorsOptedIn',
        unit: 'count',
        label: { nl: 'Oud-deelnemers aangemeld als mentor', en: 'Alumni signed up as mentor' },
        cell: (i) => countCell(i.getuigenis.mentorsOptedIn),
      },
      {
        id: 'mentorshipsFormed',
        unit: 'count',
        label: { nl: 'Mentorschappen gevormd', en: 'Mentorships formed' },
        cell: (i) => countCell(i.getuigenis.mentorshipsFormed),
      },
    ],
    enoughData: () => true,
  },
};
