import { decideCaseStep, isCaseDueForEscalation, type CaseSnapshot, type CaseStep } from './crisis-case.js';

const open: CaseSnapshot = { state: 'open', ownerMembershipId: null };
const mine: CaseSnapshot = { state: 'opgepakt', ownerMembershipId: 'me', ownerName: 'Ruben' };
const theirs: CaseSnapshot = { state: 'opgepakt', ownerMembershipId: 'other', ownerName: 'Femke' };
const closed: CaseSnapshot = { state: 'afgerond', ownerMembershipId: 'me' };
const close = (note = 'Gebeld, ze is veilig.'): CaseStep => ({
  kind: 'close',
  outcome: 'contact_gehad',
  note,
});

describe('decideCaseStep', () => {
  it.each<[string, CaseSnapshot, CaseStep, string, string | null]>([
    ['picks up an open case', open, { kind: 'pick_up' }, 'opgepakt', 'me'],
    ['closes a case the actor picked up', mine, close(), 'afgerond', 'me'],
    ['closes with an empty note', mine, close(''), 'afgerond', 'me'],
    ['gives a picked-up case back', mine, { kind: 'release' }, 'open', null],
  ])('should allow the step when it %s', (_s, current, step, state, owner) => {
    expect(decideCaseStep(current, step, 'me')).toEqual({ ok: true, state, ownerMembershipId: owner });
  });

  it.each<[string, CaseSnapshot, CaseStep, string, RegExp]>([
    [
      'someone else already picked it up',
      theirs,
      { kind: 'pick_up' },
      'already_picked_up',
      /al opgepakt door Femke/,
    ],
    ['the actor already picked it up', mine, { kind: 'pick_up' }, 'already_picked_up', /al opgepakt/],
    ['it is closed (pick up)', closed, { kind: 'pick_up' }, 'closed', /al afgerond/],
    ['it is closed (close)', closed, close(), 'closed', /al afgerond/],
    ['nobody picked it up yet (close)', open, close(), 'not_picked_up', /eerst op/],
    ['someone else owns it (close)', theirs, close(), 'not_owner', /Femke/],
    ['someone else owns it (release)', theirs, { kind: 'release' }, 'not_owner', /Femke/],
    ['nobody owns it (release)', open, { kind: 'release' }, 'not_picked_up', /niemand/],
    ['the note is too long', mine, close('x'.repeat(501)), 'invalid_note', /kort/],
    [
      'the outcome is unknown',
      mine,
      { kind: 'close', outcome: 'weg' as never, note: '' },
      'invalid_outcome',
      /Kies/,
    ],
  ])('should refuse the step when %s', (_s, current, step, reason, message) => {
    const r = decideCaseStep(current, step, 'me');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message).toMatch(message);
    }
  });

  it('should name nobody when the owner has no name', () => {
    const r = decideCaseStep({ state: 'opgepakt', ownerMembershipId: 'x' }, { kind: 'pick_up' }, 'me');
    expect(r.ok || r.message).toMatch(/iemand anders/);
  });
});

describe('isCaseDueForEscalation', () => {
  const raisedAt = new Date('2026-12-07T10:00:00Z');
  const minutes = (n: number) => n * 60_000;
  it.each([
    ['an open case past the interval', 'open', null, 10, true],
    ['an open case exactly at the interval', 'open', null, 10, true],
    ['an open case within the interval', 'open', null, 9, false],
    ['a case already escalated', 'open', new Date('2026-12-07T10:10:00Z'), 30, false],
    ['a picked-up case', 'opgepakt', null, 30, false],
    ['a closed case', 'afgerond', null, 30, false],
  ] as const)('should say %s', (_s, state, escalatedAt, after, due) => {
    const now = new Date(raisedAt.getTime() + minutes(after));
    expect(isCaseDueForEscalation({ state, raisedAt, escalatedAt }, now, minutes(10))).toBe(due);
  });
});
