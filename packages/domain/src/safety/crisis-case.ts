/**
 * A crisis alert is a case with an owner: open → opgepakt (by a named staff member) → afgerond (with an
 * outcome and a short note). The rules for each step are here; storage and who may see a case are the API's.
 */
export const CASE_STATES = ['open', 'opgepakt', 'afgerond'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_OUTCOMES = ['contact_gehad', 'doorverwezen', 'vals_alarm', 'anders'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/** A short note, not a file: enough to say what happened, never a copy of the message. */
export const CASE_NOTE_MAX_CHARS = 500;

export type CaseStep =
  { kind: 'pick_up' } | { kind: 'release' } | { kind: 'close'; outcome: CaseOutcome; note: string };

export interface CaseSnapshot {
  state: CaseState;
  ownerMembershipId: string | null;
  ownerName?: string | null;
}

export type CaseStepResult =
  | { ok: true; state: CaseState; ownerMembershipId: string | null }
  | {
      ok: false;
      reason:
        'already_picked_up' | 'not_owner' | 'closed' | 'not_picked_up' | 'invalid_note' | 'invalid_outcome';
      message: string;
    };

const isOutcome = (v: unknown): v is CaseOutcome => (CASE_OUTCOMES as readonly unknown[]).includes(v);

/**
 * Decides one step for `actorId` on a case as it stands. Closing needs the case picked up by the actor
 * first, so every closed case has a named person who reached out; a case nobody picked up cannot be closed.
 */
export function decideCaseStep(current: CaseSnapshot, step: CaseStep, actorId: string): CaseStepResult {
  if (current.state === 'afgerond')
    return { ok: false, reason: 'closed', message: 'Deze melding is al afgerond.' };
  const owner = current.ownerName ? current.ownerName : 'iemand anders';
  switch (step.kind) {
    case 'pick_up':
      if (current.state === 'opgepakt')
        return current.ownerMembershipId === actorId
          ? { ok: false, reason: 'already_picked_up', message: 'Je hebt deze melding al opgepakt.' }
          : { ok: false, reason: 'already_picked_up', message: `Deze melding is al opgepakt door ${owner}.` };
      return { ok: true, state: 'opgepakt', ownerMembershipId: actorId };
    case 'release':
      if (current.state !== 'opgepakt')
        return { ok: false, reason: 'not_picked_up', message: 'Deze melding is nog door niemand opgepakt.' };
      if (current.ownerMembershipId !== actorId)
        return { ok: false, reason: 'not_owner', message: `Deze melding is opgepakt door ${owner}.` };
      return { ok: true, state: 'open', ownerMembershipId: null };
    case 'close': {
      if (current.state !== 'opgepakt')
        return {
          ok: false,
          reason: 'not_picked_up',
          message: 'Pak de melding eerst op voordat je haar afrondt.',
        };
      if (current.ownerMembershipId !== actorId)
        return {
          ok: false,
          reason: 'not_owner',
          message: `Deze melding is opgepakt door ${owner}: die rondt haar af.`,
        };
      if (!isOutcome(step.outcome))
        return { ok: false, reason: 'invalid_outcome', message: 'Kies hoe het afliep.' };
      const note = typeof step.note === 'string' ? step.note.trim() : '';
      if (note.length > CASE_NOTE_MAX_CHARS)
        return {
          ok: false,
          reason: 'invalid_note',
          message: `Houd de notitie kort (hoogstens ${CASE_NOTE_MAX_CHARS} tekens).`,
        };
      return { ok: true, state: 'afgerond', ownerMembershipId: actorId };
    }
  }
}

/** Whether an open case, raised at `raisedAt`, is due to go to the organisation's other staff. */
export function isCaseDueForEscalation(
  c: { state: CaseState; raisedAt: Date; escalatedAt: Date | null },
  now: Date,
  escalateAfterMs: number,
): boolean {
  return (
    c.state === 'open' && c.escalatedAt === null && now.getTime() - c.raisedAt.getTime() >= escalateAfterMs
  );
}
