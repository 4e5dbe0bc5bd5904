import {
  STUDY_MOMENTS,
  WELLBEING_CATEGORIES,
  PHASE_IDS,
  type StudyMoment,
  type WellbeingCategory,
} from '@spiegel/domain';

/** Groups below this many people are generalised or left out of an export. */
export const EXPORT_K = 5;

/** One consenting person in one traject, as exported. No texts, names, account or traject ids, or dates. */
export interface ExportRow {
  studyId: string;
  trajectCode: string;
  startQuarter: string;
  consent: { answers: boolean; phaseTimeline: boolean; phaseTags: boolean };
  letterVersion: string | null;
  timeline: {
    firstContributionDayPerPhase: Record<string, number>;
    firstHerkenningGivenDay: number | null;
    firstHerkenningReceivedDay: number | null;
    weeklyContributions: { week: number; n: number }[];
  } | null;
  phaseTags: { week: number; phase: string }[] | null;
  scores:
    | {
        moment: StudyMoment;
        day: number;
        total: number;
        emotioneel: number;
        sociaal: number;
        psychologisch: number;
        category: WellbeingCategory | null;
      }[]
    | null;
}

const FIELDS: [name: string, type: string, meaning: string][] = [
  ['studyId', 'string', 'Random study id per person (S-…); stored, never derived from the account'],
  ['trajectCode', 'string', 'Random study code per traject (T-…), or * when generalised for k-anonymity'],
  ['startQuarter', 'string', 'Quarter in which the traject started (yyyy-Qn), or yyyy or * when generalised'],
  ['consent.answers', 'boolean', 'The person agreed to share their questionnaire answers'],
  ['consent.phaseTimeline', 'boolean', 'The person agreed to share their phase timeline'],
  ['consent.phaseTags', 'boolean', 'The person agreed to share the phase tags of their contributions'],
  ['letterVersion', 'string', 'Version of the information letter the consent was given with'],
  [
    'timeline.firstContributionDayPerPhase.<phase>',
    'integer',
    'Day since the traject start of the first contribution tagged with that phase',
  ],
  [
    'timeline.firstHerkenningGivenDay',
    'integer|null',
    'Day since the start of the first "ik herken dit" the person gave',
  ],
  [
    'timeline.firstHerkenningReceivedDay',
    'integer|null',
    'Day since the start of the first "ik herken dit" the person received',
  ],
  ['timeline.weeklyContributions[].week', 'integer', 'Week since the traject start (0 = first week)'],
  [
    'timeline.weeklyContributions[].n',
    'integer',
    'Contributions the person made in the traject room that week',
  ],
  ['phaseTags[].week', 'integer', 'Week since the start of a contribution with a phase tag'],
  ['phaseTags[].phase', 'string', `Phase tag: ${PHASE_IDS.join(', ')}`],
  ['scores[].moment', 'string', `Measurement moment: ${STUDY_MOMENTS.join(', ')}`],
  ['scores[].day', 'integer', 'Day since the traject start the questionnaire was answered'],
  ['scores[].total', 'number', 'MHC-SF total score: mean of the 14 items, 0–5'],
  ['scores[].emotioneel', 'number', 'MHC-SF emotional well-being: mean of items 1–3, 0–5'],
  ['scores[].sociaal', 'number', 'MHC-SF social well-being: mean of items 4–8, 0–5'],
  ['scores[].psychologisch', 'number', 'MHC-SF psychological well-being: mean of items 9–14, 0–5'],
  ['scores[].category', 'string', `Keyes category: ${WELLBEING_CATEGORIES.join(', ')}`],
];

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The codebook: one CSV row per field, and a JSON schema of a participant row. */
export function buildCodebook() {
  const csv = ['field,type,meaning', ...FIELDS.map((f) => f.map(csvCell).join(','))].join('\n') + '\n';
  const int = { type: 'integer' };
  const nullableInt = { type: ['integer', 'null'] };
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Spiegel research export: one participant in one traject',
    type: 'object',
    additionalProperties: false,
    required: [
      'studyId',
      'trajectCode',
      'startQuarter',
      'consent',
      'letterVersion',
      'timeline',
      'phaseTags',
      'scores',
    ],
    properties: {
      studyId: { type: 'string', pattern: '^S-[A-Z2-9]{10}$' },
      trajectCode: { type: 'string', pattern: '^(T-[A-Z2-9]{6}|\\*)$' },
      startQuarter: { type: 'string', pattern: '^(\\d{4}(-Q[1-4])?|\\*)$' },
      consent: {
        type: 'object',
        additionalProperties: false,
        required: ['answers', 'phaseTimeline', 'phaseTags'],
        properties: {
          answers: { type: 'boolean' },
          phaseTimeline: { type: 'boolean' },
          phaseTags: { type: 'boolean' },
        },
      },
      letterVersion: { type: ['string', 'null'] },
      timeline: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          firstContributionDayPerPhase: {
            type: 'object',
            propertyNames: { enum: [...PHASE_IDS] },
            additionalProperties: int,
          },
          firstHerkenningGivenDay: nullableInt,
          firstHerkenningReceivedDay: nullableInt,
          weeklyContributions: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['week', 'n'],
              properties: { week: int, n: int },
            },
          },
        },
      },
      phaseTags: {
        type: ['array', 'null'],
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['week', 'phase'],
          properties: { week: int, phase: { enum: [...PHASE_IDS] } },
        },
      },
      scores: {
        type: ['array', 'null'],
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['moment', 'day', 'total', 'emotioneel', 'sociaal', 'psychologisch', 'category'],
          properties: {
            moment: { enum: [...STUDY_MOMENTS] },
            day: int,
            total: { type: 'number', minimum: 0, maximum: 5 },
            emotioneel: { type: 'number', minimum: 0, maximum: 5 },
            sociaal: { type: 'number', minimum: 0, maximum: 5 },
            psychologisch: { type: 'number', minimum: 0, maximum: 5 },
            category: { enum: [...WELLBEING_CATEGORIES, null] },
          },
        },
      },
    },
  };
  return { csv, schema };
}
