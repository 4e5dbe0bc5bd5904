import fc from 'fast-check';
import { PHASE_IDS, type PhaseId } from '../phases/phases.js';
import { contributionEvent, daysAgo, daysLater, NOW, recognitionEvent } from '../testing/builders.js';
import { type PathEvent, participantPath } from './participant-path.js';
import {
  furthestPhaseReached,
  isPhaseReached,
  type PhaseEvidence,
  phasesReachedFrom,
  REACH_MIN_EVIDENCE,
} from './phase-reached.js';

describe('isPhaseReached', () => {
  it('should count a phase as reached from its second piece of evidence', () => {
    expect(REACH_MIN_EVIDENCE).toBe(2);
    expect(PHASE_IDS.map((p) => [isPhaseReached(p, 1), isPhaseReached(p, 2)])).toEqual(
      PHASE_IDS.map(() => [false, true]),
    );
  });

  it("should let a facilitator's word on getuigenis overrule the evidence, and only for getuigenis", () => {
    expect(isPhaseReached('getuigenis', 0, true)).toBe(true);
    expect(isPhaseReached('getuigenis', 9, false)).toBe(false);
    expect(isPhaseReached('getuigenis', 2, null)).toBe(true);
    expect(isPhaseReached('getuigenis', 1, undefined)).toBe(false);
    expect(isPhaseReached('verbinding', 0, true)).toBe(false);
    expect(isPhaseReached('verbinding', 2, false)).toBe(true);
  });
});

describe('furthestPhaseReached', () => {
  it('should take the last reached phase in the model order, even when an earlier one was skipped', () => {
    expect(furthestPhaseReached({})).toBeNull();
    expect(furthestPhaseReached({ projectie: 5, herkenning: 1 })).toBe('projectie');
    expect(furthestPhaseReached({ projectie: 2, verbinding: 2 })).toBe('verbinding');
    expect(phasesReachedFrom({ projectie: 2, verbinding: 2 })).toEqual(['projectie', 'verbinding']);
    expect(furthestPhaseReached({ projectie: 2, getuigenis: 1 }, true)).toBe('getuigenis');
    expect(furthestPhaseReached({ projectie: 2, getuigenis: 4 }, false)).toBe('projectie');
  });
});

/** Evidence per phase as the report sums it: tagged contributions, and for herkenning recognitions given. */
function evidenceOf(events: readonly PathEvent[], now: Date): PhaseEvidence {
  const out: PhaseEvidence = {};
  for (const e of events) {
    if (e.at.getTime() > now.getTime()) continue;
    const phase: PhaseId | null =
      e.type === 'contribution' ? e.phase : e.type === 'recognition_given' ? 'herkenning' : null;
    if (phase !== null) out[phase] = (out[phase] ?? 0) + 1;
  }
  return out;
}

const eventArb: fc.Arbitrary<PathEvent> = fc.oneof(
  fc
    .tuple(fc.integer({ min: -5, max: 90 }), fc.constantFrom<PhaseId | null>(...PHASE_IDS, null))
    .map(([days, phase]) => contributionEvent(days, phase)),
  fc
    .tuple(
      fc.integer({ min: -5, max: 90 }),
      fc.constantFrom('recognition_given', 'recognition_received') as fc.Arbitrary<
        'recognition_given' | 'recognition_received'
      >,
    )
    .map(([days, type]) => recognitionEvent(type, days)),
);

describe('one meaning of "phase reached"', () => {
  it('should give participantPath the same phases and furthest phase as the counts the report sums', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 25 }),
        fc.constantFrom<boolean | null>(true, false, null),
        (events, confirmed) => {
          const confirmation = confirmed === null ? null : { confirmed, at: daysAgo(1) };
          const path = participantPath(events, NOW, { getuigenisConfirmation: confirmation });
          const evidence = evidenceOf(events, NOW);
          expect(path.phasesReached.map((p) => p.phase)).toEqual(phasesReachedFrom(evidence, confirmed));
          expect(path.furthestPhase).toBe(furthestPhaseReached(evidence, confirmed));
        },
      ),
      { seed: 8, numRuns: 300 },
    );
  });

  it("should date getuigenis reached on a facilitator's word alone at the confirmation, and ignore a later one", () => {
    const events = [
      contributionEvent(20, 'projectie'),
      contributionEvent(19, 'projectie'),
      contributionEvent(9, 'getuigenis'),
    ];
    const confirmedAt = daysAgo(3);
    const path = participantPath(events, NOW, {
      getuigenisConfirmation: { confirmed: true, at: confirmedAt },
    });
    expect(path.phasesReached.at(-1)).toEqual({
      phase: 'getuigenis',
      firstSeenAt: daysAgo(9),
      reachedAt: confirmedAt,
      evidence: 1,
      by: 'facilitator',
    });
    expect(path.furthestPhase).toBe('getuigenis');
    const onlyConfirmed = participantPath([], NOW, {
      getuigenisConfirmation: { confirmed: true, at: confirmedAt },
    });
    expect(onlyConfirmed.phasesReached).toEqual([
      {
        phase: 'getuigenis',
        firstSeenAt: confirmedAt,
        reachedAt: confirmedAt,
        evidence: 0,
        by: 'facilitator',
      },
    ]);
    const later = participantPath(events, NOW, {
      getuigenisConfirmation: { confirmed: true, at: daysLater(1) },
    });
    expect(later.furthestPhase).toBe('projectie');
  });
});
