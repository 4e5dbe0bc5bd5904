import { PHASES, type PhaseId } from '@spiegel/domain';

/** The model's own label for a phase, in the current language (from @spiegel/domain). */
export function phaseLabel(phase: PhaseId, language: string): string {
  return PHASES[phase].label[language === 'en' ? 'en' : 'nl'];
}
