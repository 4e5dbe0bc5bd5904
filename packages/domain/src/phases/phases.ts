/**
 * The five phases of "De ander als spiegel" (Geene, 2025), in the order of the model. A phase is a property
 * of a contribution and, derived from those, of a participant's path (see path/participant-path.ts).
 */
export const PHASE_IDS = [
  'projectie',
  'herkenning',
  'gelijkwaardigheid',
  'verbinding',
  'getuigenis',
] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface PhaseDefinition {
  readonly id: PhaseId;
  /** 1-based position in the model. */
  readonly order: number;
  readonly label: Readonly<Record<Language, string>>;
  readonly description: Readonly<Record<Language, string>>;
}

export const PHASES: Readonly<Record<PhaseId, PhaseDefinition>> = {
  projectie: {
    id: 'projectie',
    order: 1,
    label: { nl: 'Projectie', en: 'Projection' },
    description: {
      nl: 'Een automatisch en onbewust mechanisme: eigen gevoelens worden bij anderen of de wereld gelegd. Het klinkt als "niemand begrijpt me", "ik ben totaal anders dan de rest", wantrouwen, anderen de schuld geven of ergernis over de zwakte van anderen. Het is een begin, geen fout: de groep kan het zichtbaar en bespreekbaar maken.',
      en: 'An automatic, unconscious mechanism: one\'s own feelings are placed on others or on the world. It sounds like "nobody understands me", "I am totally different from everyone", distrust, blaming others or irritation at other people\'s weakness. It is a starting point, not a failure: the group can make it visible and open to discussion.',
    },
  },
  herkenning: {
    id: 'herkenning',
    order: 2,
    label: { nl: 'Herkenning', en: 'Recognition' },
    description: {
      nl: 'Het kantelpunt van het model. Iemand ziet zichzelf terug in de ervaring van een ander: "ik dacht dat ik de enige was", "dat heb ik ook". De eigen kwetsbaarheid blijkt niet uniek, het isolement breekt, de schaamte neemt af en het herstel komt echt op gang.',
      en: 'The tipping point of the model. Someone sees themselves in another person\'s experience: "I thought I was the only one", "that is exactly me". Their vulnerability turns out not to be unique, isolation breaks, shame drops and recovery really starts.',
    },
  },
  gelijkwaardigheid: {
    id: 'gelijkwaardigheid',
    order: 3,
    label: { nl: 'Gelijkwaardigheid', en: 'Equality' },
    description: {
      nl: 'Geen hiërarchie tussen begeleiders en deelnemers: ieders ervaring telt, mensen spreken elkaar aan als mens en niet als patiënt, en begeleiders delen ook van zichzelf. Het is een fase én een voorwaarde die altijd moet gelden: zonder gelijkwaardigheid ontstaat geen echte verbinding.',
      en: "No hierarchy between facilitators and participants: everyone's experience counts, people meet as human beings rather than as patients, and facilitators share of themselves too. It is a phase and a condition that must hold throughout: without equality there is no authentic connection.",
    },
  },
  verbinding: {
    id: 'verbinding',
    order: 4,
    label: { nl: 'Verbinding', en: 'Connection' },
    description: {
      nl: 'Verbinding met jezelf (eigenwaarde, zelfzorg, weten wat je wilt, nee durven zeggen) en met anderen (erbij horen, afspreken, contact met familie, een plek in de wereld). Er is contact buiten de bijeenkomsten nodig; na het einde van een traject dreigt een "zwart gat".',
      en: 'Connection with oneself (self-worth, self-care, knowing what you want, daring to say no) and with others (belonging, meeting up, contact with family, a place in the world). It needs contact outside the sessions; when a course ends there is a risk of a "black hole".',
    },
  },
  getuigenis: {
    id: 'getuigenis',
    order: 5,
    label: { nl: 'Getuigenis', en: 'Testimony' },
    description: {
      nl: 'De laatste fase: wie hersteld is, deelt het eigen verhaal om anderen te steunen en te inspireren, als maatje, mentor, vrijwilliger of ervaringsdeskundige. "Ik was waar jij nu bent: er is hoop." Dat versterkt het eigen herstel en geeft anderen hoop.',
      en: 'The last phase: people who have recovered share their story to support and inspire others, as a buddy, mentor, volunteer or peer expert. "I was where you are now: there is hope." It strengthens their own recovery and gives others hope.',
    },
  },
};

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && (PHASE_IDS as readonly string[]).includes(value);
}

/** Position of a phase in the model, 1..5. */
export function phaseOrder(phase: PhaseId): number {
  return PHASES[phase].order;
}
