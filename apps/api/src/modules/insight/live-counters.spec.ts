import { describe, expect, it } from '@jest/globals';
import type { RoomActivityFact } from '../../common/room-activity.js';
import { LiveCounters } from './live-counters.js';
import type { LivePictureRows } from './live-picture.repository.js';

const FROM = new Date('2026-06-10T18:00:00.000Z');
const NOW = new Date('2026-06-10T19:30:00.000Z');
const at = (iso: string) => new Date(iso).toISOString();

function rows(overrides: Partial<LivePictureRows> = {}): LivePictureRows {
  return {
    kind: 'group',
    session_start: new Date('2026-06-10T18:30:00.000Z'),
    from_at: FROM,
    members: [],
    voice: [{ member: 'sanne', n: 1, chars: 300 }],
    phases: [{ phase: 'projectie', n: 1 }],
    recognitions: [],
    replies: [],
    contributions: [['1', 'sanne', 'projectie']],
    recognition_keys: [],
    next_session_start: null,
    ...overrides,
  };
}

const contribution = (
  id: string,
  overrides: Partial<Extract<RoomActivityFact, { type: 'contribution' }>> = {},
): RoomActivityFact => ({
  type: 'contribution',
  id,
  authorId: 'ahmed',
  chars: 100,
  phase: null,
  replyToId: null,
  at: at('2026-06-10T19:00:00.000Z'),
  ...overrides,
});

describe('LiveCounters', () => {
  it('should count a new contribution, its characters, phase and reply edge', () => {
    const c = new LiveCounters(rows());
    expect(c.apply(contribution('2', { replyToId: '1', phase: 'herkenning' }), NOW)).toBe(true);
    const r = c.rows();
    expect(r.voice).toEqual(
      expect.arrayContaining([
        { member: 'sanne', n: 1, chars: 300 },
        { member: 'ahmed', n: 1, chars: 100 },
      ]),
    );
    expect(r.phases).toEqual(
      expect.arrayContaining([
        { phase: 'projectie', n: 1 },
        { phase: 'herkenning', n: 1 },
      ]),
    );
    expect(r.replies).toEqual([{ from_id: 'ahmed', to_id: 'sanne', n: 1 }]);
  });

  it('should skip a contribution or herkenning the SQL picture already counted', () => {
    const c = new LiveCounters(rows({ recognition_keys: ['1:ahmed'], recognitions: [] }));
    expect(c.apply(contribution('1', { authorId: 'sanne', chars: 300 }), NOW)).toBe(true);
    expect(
      c.apply(
        {
          type: 'recognition',
          contributionId: '1',
          fromId: 'ahmed',
          toId: 'sanne',
          at: at('2026-06-10T19:00:00Z'),
        },
        NOW,
      ),
    ).toBe(true);
    expect(c.rows().voice).toEqual([{ member: 'sanne', n: 1, chars: 300 }]);
    expect(c.rows().recognitions).toEqual([]);
  });

  it('should count a new herkenning once, even when its fact arrives twice', () => {
    const c = new LiveCounters(rows());
    const fact: RoomActivityFact = {
      type: 'recognition',
      contributionId: '1',
      fromId: 'joris',
      toId: 'sanne',
      at: at('2026-06-10T19:00:00Z'),
    };
    expect(c.apply(fact, NOW)).toBe(true);
    expect(c.apply(fact, NOW)).toBe(true);
    expect(c.rows().recognitions).toEqual([{ from_id: 'joris', to_id: 'sanne', n: 1 }]);
  });

  it.each<[string, RoomActivityFact]>([
    ['a reply to a contribution outside the window', contribution('2', { replyToId: '999' })],
    ['a contribution dated after the clock', contribution('2', { at: at('2026-06-10T20:00:00Z') })],
    ['a phase change of an unknown contribution', { type: 'phase', id: '999', from: null, to: 'herkenning' }],
    [
      'a phase change from a phase it does not have',
      { type: 'phase', id: '1', from: 'herkenning', to: null },
    ],
    ['anything else that changed', { type: 'changed' }],
  ])('should ask for a recomputation for %s', (_name, fact) => {
    const c = new LiveCounters(rows());
    expect(c.apply(fact, NOW)).toBe(false);
    expect(c.rows().voice).toEqual([{ member: 'sanne', n: 1, chars: 300 }]);
  });

  it('should ignore what happened before the window, as the SQL does', () => {
    const c = new LiveCounters(rows());
    expect(c.apply(contribution('2', { at: at('2026-06-10T17:59:00Z') }), NOW)).toBe(true);
    expect(c.rows().voice).toHaveLength(1);
  });

  it('should move a phase, and skip a phase change the SQL picture already has', () => {
    const c = new LiveCounters(rows());
    expect(c.apply({ type: 'phase', id: '1', from: 'projectie', to: 'verbinding' }, NOW)).toBe(true);
    expect(c.rows().phases).toEqual([{ phase: 'verbinding', n: 1 }]);
    expect(c.apply({ type: 'phase', id: '1', from: 'projectie', to: 'verbinding' }, NOW)).toBe(true);
    expect(c.rows().phases).toEqual([{ phase: 'verbinding', n: 1 }]);
  });

  it('should know when the window moves: the next session opening, or the current one running out', () => {
    expect(new LiveCounters(rows()).movesAt(3, 30)).toEqual(new Date('2026-06-10T21:30:00.000Z'));
    expect(
      new LiveCounters(rows({ next_session_start: new Date('2026-06-10T21:00:00.000Z') })).movesAt(3, 30),
    ).toEqual(new Date('2026-06-10T20:30:00.000Z'));
    expect(new LiveCounters(rows({ session_start: null })).movesAt(3, 30)).toBeNull();
  });
});
