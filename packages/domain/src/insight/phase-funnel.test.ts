import { phaseFunnel } from './phase-funnel.js';

describe('phaseFunnel', () => {
  it('should count everyone who reached a phase or a later one, and find the largest drop', () => {
    // 12 participants; furthest: 1 nothing, 2 projectie, 1 herkenning (!), 5 gelijkwaardigheid, 2 verbinding, 1 getuigenis.
    const funnel = phaseFunnel({
      participants: 12,
      furthest: { projectie: 2, herkenning: 1, gelijkwaardigheid: 5, verbinding: 2, getuigenis: 1 },
      kantelpuntDays: [2, 4, 6, 8, 10, 30],
    });
    // Reached at least: projectie 11, herkenning 9, gelijkwaardigheid 8, verbinding 3, getuigenis 1.
    expect(funnel.steps.map((s) => [s.phase, s.reached.value, s.share.value])).toEqual([
      ['projectie', 11, 0.917],
      ['herkenning', 9, 0.75],
      ['gelijkwaardigheid', 8, 0.667],
      ['verbinding', null, null],
      ['getuigenis', null, null],
    ]);
    expect(funnel.largestDrop).toEqual({ from: 'gelijkwaardigheid', to: 'verbinding' });
    expect(funnel.participants).toEqual({ value: 12, suppressed: false });
    expect(funnel.noPhaseYet).toEqual({ value: null, suppressed: true });
    expect(funnel.kantelpunt).toEqual({
      reached: { value: 6, suppressed: false },
      medianDays: { value: 7, suppressed: false },
    });
  });

  it('should take the earlier step when two drops are equal, and none when nobody drops', () => {
    expect(
      phaseFunnel({
        participants: 10,
        furthest: { projectie: 2, gelijkwaardigheid: 2, getuigenis: 6 },
        kantelpuntDays: [],
      }).largestDrop,
    ).toEqual({ from: 'projectie', to: 'herkenning' });
    expect(
      phaseFunnel({ participants: 6, furthest: { getuigenis: 6 }, kantelpuntDays: [] }).largestDrop,
    ).toBeNull();
  });

  it('should suppress everything and name no drop for a group below five', () => {
    const funnel = phaseFunnel({
      participants: 4,
      furthest: { projectie: 3, herkenning: 1 },
      kantelpuntDays: [5],
    });
    expect(funnel.participants.suppressed).toBe(true);
    expect(funnel.steps.every((s) => s.reached.suppressed && s.share.suppressed)).toBe(true);
    expect(funnel.largestDrop).toBeNull();
    expect(funnel.kantelpunt.medianDays.suppressed).toBe(true);
  });
});
