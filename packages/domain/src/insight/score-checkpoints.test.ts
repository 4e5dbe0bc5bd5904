import {
  CHECKPOINT_IDS,
  CHECKPOINTS,
  type CheckpointInput,
  scoreCheckpoint,
  scoreCheckpoints,
  trafficLight,
} from './score-checkpoints.js';

/** A group of 8 participants, 2 facilitators, midway a traject, no alumni yet. Every number hand-picked. */
function buildInput(
  overrides: Partial<{ [K in keyof CheckpointInput]: Partial<CheckpointInput[K]> }> = {},
): CheckpointInput {
  const base: CheckpointInput = {
    participants: 8,
    projectie: { taggedEarly: 20, projectieEarly: 8, taggedLate: 20, projectieLate: 3, stuck: 1 },
    herkenning: { gave: 6, received: 5, kantelpuntDays: [3, 10, 12, 20, 30, 40] },
    gelijkwaardigheid: {
      members: 10,
      contributions: 120,
      gini: 0.35,
      facilitatorShareOfVoice: 0.45,
      facilitatorShareOfMembers: 0.2,
      silent: 1,
    },
    verbinding: {
      contributions: 120,
      outsideSessions: 30,
      withTwoWay: 4,
      alumniMeasured: 0,
      alumniActive: 0,
      alumniScored: 0,
      alumniHigh: 0,
    },
    getuigenis: { reachedGetuigenis: 1, alumniReachedGetuigenis: 0, mentorsOptedIn: 0, mentorshipsFormed: 0 },
  };
  return {
    participants: (overrides.participants as number | undefined) ?? base.participants,
    projectie: { ...base.projectie, ...overrides.projectie },
    herkenning: { ...base.herkenning, ...overrides.herkenning },
    gelijkwaardigheid: { ...base.gelijkwaardigheid, ...overrides.gelijkwaardigheid },
    verbinding: { ...base.verbinding, ...overrides.verbinding },
    getuigenis: { ...base.getuigenis, ...overrides.getuigenis },
  };
}

const keys = (s: { interventions: { key: string }[] }) => s.interventions.map((m) => m.key);

describe('trafficLight', () => {
  it.each([
    ['100 is green', 100, 'groen'],
    ['70 is green', 70, 'groen'],
    ['69 is orange', 69, 'oranje'],
    ['40 is orange', 40, 'oranje'],
    ['39 is red', 39, 'rood'],
    ['0 is red', 0, 'rood'],
    ['no score is unknown', null, 'onbekend'],
  ])('should say %s', (_name, score, light) => {
    expect(trafficLight(score)).toBe(light);
  });
});

describe('scoreCheckpoint', () => {
  it('should score projection from the late share, the trend and the stuck share', () => {
    // L = 1 − 0.15/0.4 = 0.625; T = 0.5 + 2.5 × (0.40 − 0.15) = 1.125 → 1; S = 1 − 1/8 = 0.875.
    // 100 × (0.3 × 0.625 + 0.3 × 1 + 0.4 × 0.875) = 83.75 → 84.
    const s = scoreCheckpoint('projectie', buildInput());
    expect(s.score).toBe(84);
    expect(s.light).toBe('groen');
    expect(s.components).toEqual([
      { id: 'lateProjectie', weight: 0.3, value: 0.625, measured: true, suppressed: false },
      { id: 'projectieTrend', weight: 0.3, value: 1, measured: true, suppressed: false },
      // One person stuck: the component would point at them.
      { id: 'notStuck', weight: 0.4, value: null, measured: true, suppressed: true },
    ]);
    expect(s.figures).toEqual([
      { id: 'projectieShareEarly', unit: 'share', cell: { value: 0.4, suppressed: false } },
      { id: 'projectieShareLate', unit: 'share', cell: { value: 0.15, suppressed: false } },
      { id: 'stuck', unit: 'count', cell: { value: null, suppressed: true } },
    ]);
    expect(keys(s)).toEqual(['insight.intervention.discussProjection']);
    expect(s.note).toBeNull();
  });

  it('should score recognition from who gave, who received and the median days to the kantelpunt', () => {
    // G = 6/8 = 0.75; O = 5/8 = 0.625; median(3, 10, 12, 20, 30, 40) = 16 → K = (42 − 16)/35 = 0.743.
    // 100 × (0.35 × 0.75 + 0.35 × 0.625 + 0.3 × 0.742857) = 70.41 → 70.
    const s = scoreCheckpoint('herkenning', buildInput());
    expect(s.score).toBe(70);
    expect(s.light).toBe('groen');
    expect(s.components.map((c) => c.value)).toEqual([0.75, 0.625, 0.743]);
    expect(s.figures.find((f) => f.id === 'kantelpuntMedianDays')?.cell).toEqual({
      value: 16,
      suppressed: false,
    });
    expect(s.figures.find((f) => f.id === 'gaveShare')?.cell).toEqual({ value: 0.75, suppressed: false });
    expect(keys(s)).toEqual(['insight.intervention.bringTogether']);
  });

  it('should score equality from the Gini, the facilitators’ voice and silent members', () => {
    // E = 0.65; r = 0.45/0.2 = 2.25 → B = (3 − 2.25)/2 = 0.375; Q = 1 − 1/10 = 0.9.
    // 100 × (0.4 × 0.65 + 0.3 × 0.375 + 0.3 × 0.9) = 64.25 → 64.
    const s = scoreCheckpoint('gelijkwaardigheid', buildInput());
    expect(s.score).toBe(64);
    expect(s.light).toBe('oranje');
    expect(keys(s)).toEqual([
      'insight.intervention.facilitatorsShare',
      'insight.intervention.roundForEveryone',
    ]);
  });

  it('should leave out what cannot be measured yet and weigh the rest proportionally', () => {
    // No alumni: U = (30/120)/0.5 = 0.5, W = 4/8 = 0.5; (0.3 × 0.5 + 0.3 × 0.5)/0.6 = 0.5 → 50.
    const s = scoreCheckpoint('verbinding', buildInput());
    expect(s.score).toBe(50);
    expect(s.components.filter((c) => !c.measured).map((c) => c.id)).toEqual(['alumniActive', 'zwartGat']);
    expect(keys(s)).toEqual([
      'insight.intervention.contactOutsideSessions',
      'insight.intervention.reciprocity',
    ]);
  });

  it('should count alumni activity and zwart-gat levels once there are alumni', () => {
    // U = 0.5, W = 0.5, A = 3/6 = 0.5, Z = 1 − 2/6 = 0.667: 100 × (0.15 + 0.15 + 0.1 + 0.1333) = 53.3 → 53.
    const s = scoreCheckpoint(
      'verbinding',
      buildInput({ verbinding: { alumniMeasured: 6, alumniActive: 3, alumniScored: 6, alumniHigh: 2 } }),
    );
    expect(s.score).toBe(53);
    expect(s.light).toBe('oranje');
    // The same intervention for two weak components is given once.
    expect(keys(s)).toEqual([
      'insight.intervention.contactOutsideSessions',
      'insight.intervention.reciprocity',
      'insight.intervention.aftercareMoment',
    ]);
  });

  it('should score testimony from getuigenis reached, mentors and mentorships', () => {
    // R = min(1, (1/8)/0.25) = 0.5; no alumni in getuigenis, no mentors: only R counts → 50.
    expect(scoreCheckpoint('getuigenis', buildInput()).score).toBe(50);
    // R = 1 (2/8 = 25 %), M = 1/2, F = min(1, 1/1) = 1: 100 × (0.5 + 0.125 + 0.25) = 87.5 → 88.
    const s = scoreCheckpoint(
      'getuigenis',
      buildInput({
        getuigenis: {
          reachedGetuigenis: 2,
          alumniReachedGetuigenis: 2,
          mentorsOptedIn: 1,
          mentorshipsFormed: 3,
        },
      }),
    );
    expect(s.score).toBe(88);
    expect(keys(s)).toEqual(['insight.intervention.inviteMentors']);
  });

  it('should give the first intervention when every component is strong', () => {
    const s = scoreCheckpoint(
      'gelijkwaardigheid',
      buildInput({ gelijkwaardigheid: { gini: 0.1, facilitatorShareOfVoice: 0.2, silent: 0 } }),
    );
    expect(s.score).toBe(96);
    expect(keys(s)).toEqual(['insight.intervention.roundForEveryone']);
  });

  it('should treat a group without facilitators as balanced and an empty group as unscored', () => {
    const noFacilitators = scoreCheckpoint(
      'gelijkwaardigheid',
      buildInput({ gelijkwaardigheid: { facilitatorShareOfMembers: 0, facilitatorShareOfVoice: 0 } }),
    );
    expect(noFacilitators.components.find((c) => c.id === 'facilitatorBalance')?.value).toBe(1);
    const quiet = scoreCheckpoint(
      'verbinding',
      buildInput({ verbinding: { contributions: 0, outsideSessions: 0 } }),
    );
    expect(quiet.score).toBeNull();
    expect(quiet.note?.key).toBe('insight.tooLittleData');
  });

  it('should give no projection score with fewer than 10 tagged contributions', () => {
    const s = scoreCheckpoint(
      'projectie',
      buildInput({ projectie: { taggedEarly: 4, projectieEarly: 2, taggedLate: 5, projectieLate: 1 } }),
    );
    expect(s.score).toBeNull();
    expect(s.light).toBe('onbekend');
    expect(s.note).toEqual({ key: 'insight.tooLittleData', params: {} });
    expect(s.interventions.length).toBeGreaterThan(0);
  });

  it('should borrow the overall projection share for a half without tagged contributions', () => {
    // Only the second half has tags: both halves 0.3 → T = 0.5, L = 1 − 0.3/0.4 = 0.25 (S: nobody stuck,
    // which as a count of 0 people is not shown either).
    const s = scoreCheckpoint(
      'projectie',
      buildInput({
        projectie: { taggedEarly: 0, projectieEarly: 0, taggedLate: 20, projectieLate: 6, stuck: 0 },
      }),
    );
    expect(s.components.map((c) => c.value)).toEqual([0.25, 0.5, null]);
    expect(s.figures[0]!.cell).toEqual({ value: null, suppressed: true });
  });

  it('should not reward the kantelpunt speed when nobody reached it', () => {
    const s = scoreCheckpoint(
      'herkenning',
      buildInput({ herkenning: { gave: 0, received: 0, kantelpuntDays: [] } }),
    );
    expect(s.score).toBe(0);
    expect(s.light).toBe('rood');
    expect(s.figures.every((f) => f.cell.suppressed)).toBe(true);
    expect(keys(s)).toHaveLength(3);
  });

  it('should show no score and no figures for fewer than 5 participants', () => {
    const s = scoreCheckpoint('gelijkwaardigheid', buildInput({ participants: 4 }));
    expect(s.score).toBeNull();
    expect(s.note).toEqual({ key: 'insight.tooFewPeople', params: {} });
    expect(s.figures.every((f) => f.cell.suppressed)).toBe(true);
    expect(s.components.every((c) => c.value === null && c.suppressed)).toBe(true);
  });
});

describe('scoreCheckpoints', () => {
  it('should score all five checkpoints in the order of the source text', () => {
    const scores = scoreCheckpoints(buildInput());
    expect(scores.map((s) => s.id)).toEqual([...CHECKPOINT_IDS]);
    expect(scores.map((s) => s.score)).toEqual([84, 70, 64, 50, 50]);
    for (const s of scores) {
      expect(s.interventions.length).toBeGreaterThanOrEqual(1);
      expect(s.interventions.length).toBeLessThanOrEqual(3);
    }
  });

  it('should describe every checkpoint in Dutch and English, with weights that add up to 1', () => {
    for (const id of CHECKPOINT_IDS) {
      const def = CHECKPOINTS[id];
      expect(
        def.label.nl && def.label.en && def.formula.nl && def.formula.en && def.question.nl,
      ).toBeTruthy();
      expect(def.components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 10);
      for (const c of def.components) expect(c.label.nl && c.label.en).toBeTruthy();
      for (const f of def.figures) expect(f.label.nl && f.label.en).toBeTruthy();
    }
  });
});
