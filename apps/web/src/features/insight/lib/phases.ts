import { PHASE_IDS, type PhaseId } from '@spiegel/domain';

export type PhaseKey = PhaseId | 'none';
export const PHASE_KEYS: readonly PhaseKey[] = [...PHASE_IDS, 'none'];

/**
 * One colour per phase for the charts, told apart by colour-blind readers too (different lightness),
 * and always with a text legend and a table beside the chart: colour is never the only carrier.
 */
export const PHASE_COLORS: Readonly<Record<PhaseKey, string>> = {
  projectie: '#b4542d',
  herkenning: '#1b6a64',
  gelijkwaardigheid: '#6a5ca8',
  verbinding: '#3b86c4',
  getuigenis: '#d0a12a',
  none: '#c7c1b7',
};
