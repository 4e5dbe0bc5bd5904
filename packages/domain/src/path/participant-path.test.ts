import { contributionEvent, daysAgo, daysLater, NOW, recognitionEvent } from '../testing/builders.js';
import { type PathEvent, participantPath } from './participant-path.js';

describe('participantPath', () => {
  it('should return an empty path when there are no events', () => {
    const path = participantPath([], NOW);
    expect(path).toMatchObject({
      currentPhase: null,
      furthestPhase: null,
      phasesReached: [],
      kantelpunt: { reached: false, at: null, via: null },
      contributions: 0,
      flags: [],
      notes: [],
      ignoredFutureEvents: 0,
    });
  });

  it.each<[string, PathEvent[], string | null]>([
    ['one message does not move a person', [contributionEvent(3, 'herkenning')], null],
    [
      'two messages in a phase do',
      [contributionEvent(3, 'projectie'), contributionEvent(2, 'projectie')],
      'projectie',
    ],
    [
      'a single message in another phase keeps the current phase',
      [
        contributionEvent(5, 'projectie'),
        contributionEvent(4, 'projectie'),
        contributionEvent(1, 'verbinding'),
      ],
      'projectie',
    ],
    [
      'a tie keeps the current phase',
      [
        contributionEvent(6, 'projectie'),
        contributionEvent(5, 'projectie'),
        contributionEvent(2, 'herkenning'),
        contributionEvent(1, 'herkenning'),
      ],
      'projectie',
    ],
    [
      'a phase that outnumbers the current one takes over',
      [
        contributionEvent(6, 'projectie'),
        contributionEvent(5, 'projectie'),
        contributionEvent(3, 'herkenning'),
        contributionEvent(2, 'herkenning'),
        contributionEvent(1, 'herkenning'),
      ],
      'herkenning',
    ],
    [
      'recognitions given count as herkenning',
      [recognitionEvent('recognition_given', 2, 'a'), recognitionEvent('recognition_given', 1, 'b')],
      'herkenning',
    ],
    [
      'untagged contributions and received recognitions do not count',
      [contributionEvent(2, null), contributionEvent(1, null), recognitionEvent('recognition_received', 1)],
      null,
    ],
  ])('should estimate the current phase when %s', (_scenario, events, expected) => {
    expect(participantPath(events, NOW).currentPhase).toBe(expected);
  });

  it('should judge the current phase on the recent window only', () => {
    const early = Array.from({ length: 6 }, (_, i) => contributionEvent(60 - i, 'projectie'));
    const recent = Array.from({ length: 6 }, (_, i) => contributionEvent(10 - i, 'verbinding'));
    const path = participantPath([...recent, ...early], NOW);
    expect(path.currentPhase).toBe('verbinding');
    expect(path.furthestPhase).toBe('verbinding');
  });

  it('should say since when the current phase holds and on how many signals, apart from when a phase was first reached', () => {
    // Getuigenis was reached on day 30 (two signals); herkenning took over later and is what holds now.
    const events = [
      contributionEvent(31, 'getuigenis'),
      contributionEvent(30, 'getuigenis'),
      contributionEvent(9, 'herkenning'),
      contributionEvent(8, 'herkenning'),
      contributionEvent(7, 'herkenning'),
      contributionEvent(2, null),
    ];
    const path = participantPath(events, NOW);
    expect(path.currentPhase).toBe('herkenning');
    expect(path.currentPhaseSince).toEqual(daysAgo(7));
    expect(path.currentPhaseSignals).toBe(5);
    expect(path.phasesReached.find((p) => p.phase === 'getuigenis')?.reachedAt).toEqual(daysAgo(30));
    // Untagged messages count as messages, never as signals.
    expect(path.contributions).toBe(6);
  });

  it('should judge on at most the window of signals and have no date without a current phase', () => {
    const many = Array.from({ length: 9 }, (_, i) => contributionEvent(20 - i, 'verbinding'));
    const path = participantPath(many, NOW);
    expect(path.currentPhaseSignals).toBe(6);
    expect(path.currentPhaseSince).toEqual(daysAgo(19));
    const one = participantPath([contributionEvent(3, 'herkenning')], NOW);
    expect([one.currentPhase, one.currentPhaseSince, one.currentPhaseSignals]).toEqual([null, null, 1]);
  });

  it('should list phases reached in model order with first and reaching dates', () => {
    const events = [
      contributionEvent(20, 'verbinding'),
      contributionEvent(30, 'projectie'),
      contributionEvent(25, 'projectie'),
      contributionEvent(10, 'verbinding'),
      contributionEvent(5, 'getuigenis'),
    ];
    const path = participantPath(events, NOW);
    expect(path.phasesReached).toEqual([
      { phase: 'projectie', firstSeenAt: daysAgo(30), reachedAt: daysAgo(25), evidence: 2, by: 'evidence' },
      { phase: 'verbinding', firstSeenAt: daysAgo(20), reachedAt: daysAgo(10), evidence: 2, by: 'evidence' },
    ]);
    expect(path.furthestPhase).toBe('verbinding');
  });

  it('should mark the kantelpunt at the first herkenning, from a contribution or a recognition given', () => {
    const viaRecognition = participantPath(
      [
        contributionEvent(9, 'projectie'),
        recognitionEvent('recognition_given', 7, 'sanne'),
        contributionEvent(3, 'herkenning'),
      ],
      NOW,
    );
    expect(viaRecognition.kantelpunt).toEqual({ reached: true, at: daysAgo(7), via: 'recognition_given' });
    expect(viaRecognition.notes).toEqual([{ key: 'path.kantelpunt', params: { date: '2026-02-23' } }]);

    const viaContribution = participantPath([contributionEvent(4, 'herkenning')], NOW);
    expect(viaContribution.kantelpunt.via).toBe('contribution');
  });

  it('should count and list who recognised whom', () => {
    const path = participantPath(
      [
        recognitionEvent('recognition_given', 3, 'b'),
        recognitionEvent('recognition_given', 2, 'a'),
        recognitionEvent('recognition_given', 1, 'a'),
        recognitionEvent('recognition_received', 1, 'c'),
      ],
      NOW,
    );
    expect(path.recognitionsGiven).toBe(3);
    expect(path.recognisedMemberIds).toEqual(['a', 'b']);
    expect(path.recognitionsReceived).toBe(1);
    expect(path.recognisedByMemberIds).toEqual(['c']);
  });

  it('should ignore events in the future and say so', () => {
    const path = participantPath(
      [contributionEvent(2, 'projectie'), { type: 'contribution', at: daysLater(1), phase: 'projectie' }],
      NOW,
    );
    expect(path.currentPhase).toBeNull();
    expect(path.contributions).toBe(1);
    expect(path.ignoredFutureEvents).toBe(1);
    expect(path.notes).toEqual([{ key: 'path.futureEventsIgnored', params: { count: 1 } }]);
  });

  it('should flag someone stuck in projectie without any recognition, with plain reasons', () => {
    const events = [30, 28, 25, 20, 15, 10].map((d) => contributionEvent(d, 'projectie'));
    const path = participantPath(events, NOW);
    expect(path.flags.map((f) => f.id)).toEqual([
      'stuck_in_projectie',
      'never_gave_recognition',
      'never_received_recognition',
    ]);
    expect(path.flags[0]?.message).toEqual({ key: 'path.stuckInProjectie', params: { days: 28, count: 6 } });
    expect(path.flags[1]?.message).toEqual({ key: 'path.neverGaveRecognition', params: { days: 30 } });
  });

  it.each<[string, PathEvent[]]>([
    ['a newcomer (under two weeks)', [10, 8, 5].map((d) => contributionEvent(d, 'projectie'))],
    [
      'someone who wrote too little',
      [contributionEvent(40, 'projectie'), contributionEvent(30, 'projectie')],
    ],
  ])('should not flag %s', (_scenario, events) => {
    expect(participantPath(events, NOW).flags).toEqual([]);
  });

  it('should not call it stuck when projectie is recent, nor when herkenning happened', () => {
    const recentProjectie = [40, 35, 30].map((d) => contributionEvent(d, 'verbinding'));
    recentProjectie.push(...[10, 8, 5].map((d) => contributionEvent(d, 'projectie')));
    recentProjectie.push(contributionEvent(3, 'projectie'));
    expect(participantPath(recentProjectie, NOW).flags.map((f) => f.id)).not.toContain('stuck_in_projectie');

    const withHerkenning = [40, 35, 30, 25].map((d) => contributionEvent(d, 'projectie'));
    withHerkenning.push(
      recognitionEvent('recognition_given', 20),
      recognitionEvent('recognition_received', 19),
    );
    expect(participantPath(withHerkenning, NOW).flags).toEqual([]);
  });

  it('should not depend on the order of the input', () => {
    const events = [
      contributionEvent(9, 'projectie'),
      recognitionEvent('recognition_given', 7, 'x'),
      contributionEvent(5, 'herkenning'),
      contributionEvent(3, 'verbinding'),
      contributionEvent(1, 'verbinding'),
    ];
    expect(participantPath([...events].reverse(), NOW)).toEqual(participantPath(events, NOW));
  });
});
