export const PHASE_IDS = ['projectie', 'herkenning', 'gelijkwaardigheid', 'verbinding', 'getuigenis'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];
