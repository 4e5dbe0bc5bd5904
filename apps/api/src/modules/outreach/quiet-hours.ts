import { type OutreachKind, quietHoursEnd } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import type { PreferenceRow } from './outreach.repository.js';

/**
 * When a delivery to someone may go, by any channel (e-mail and push alike): now (undefined), or when
 * their quiet hours end. Crisis alerts come through for staff who chose so; everything else waits,
 * never dropped.
 */
export function deliverAfter(
  now: Date,
  prefs: (Pick<PreferenceRow, 'quiet_from' | 'quiet_to'> & { crisis_in_quiet_hours: boolean | null }) | null,
  kind: OutreachKind | 'digest' | 'verification',
  role: Actor['role'],
): Date | undefined {
  if (!prefs?.quiet_from || !prefs.quiet_to) return undefined;
  if (kind === 'verification') return undefined; // asked for just now, by the person
  if (kind === 'crisis' && role !== 'participant' && prefs.crisis_in_quiet_hours) return undefined;
  return quietHoursEnd(now, { from: prefs.quiet_from, to: prefs.quiet_to }) ?? undefined;
}
