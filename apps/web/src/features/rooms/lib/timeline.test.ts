import { describe, expect, it } from '@jest/globals';
import { buildContribution } from '../../../testing/builders';
import {
  applyReactionCounts,
  mergeContributions,
  mergeOlderPage,
  timelineFromPage,
  topLevel,
} from './timeline';

const c = buildContribution;

describe('timeline', () => {
  it('should order a history page by seq and put the cursor at its newest contribution', () => {
    const t = timelineFromPage({ items: [c({ seq: 12 }), c({ seq: 11 }), c({ seq: 10 })], nextBefore: 10 });
    expect(t.items.map((x) => x.seq)).toEqual([10, 11, 12]);
    expect(t.highSeq).toBe(12);
    expect(t.nextBefore).toBe(10);
  });

  it.each([
    {
      scenario: 'a catch-up that repeats what a live event already brought',
      incoming: [c({ seq: 4 }), c({ seq: 3 }), c({ seq: 5 })],
      seqs: [1, 2, 3, 4, 5],
      highSeq: 5,
    },
    {
      scenario: 'a live event after a gap (the cursor waits for the gap)',
      incoming: [c({ seq: 6 })],
      seqs: [1, 2, 3, 6],
      highSeq: 3,
    },
    {
      scenario: 'the same contribution twice in one answer',
      incoming: [c({ seq: 4 }), c({ seq: 4, body: 'bewerkt' })],
      seqs: [1, 2, 3, 4],
      highSeq: 4,
    },
  ])('should dedupe by id and order by seq for $scenario', ({ incoming, seqs, highSeq }) => {
    const start = timelineFromPage({
      items: [c({ seq: 3 }), c({ seq: 1 }), c({ seq: 2 })],
      nextBefore: null,
    });
    const t = mergeContributions(start, incoming);
    expect(t.items.map((x) => x.seq)).toEqual(seqs);
    expect(new Set(t.items.map((x) => x.id)).size).toBe(t.items.length);
    expect(t.highSeq).toBe(highSeq);
  });

  it('should fill a gap when catch-up brings the missing contributions, and take the newer version', () => {
    let t = timelineFromPage({ items: [c({ seq: 2 }), c({ seq: 1 })], nextBefore: null });
    t = mergeContributions(t, [c({ seq: 5 })]);
    expect(t.highSeq).toBe(2);
    t = mergeContributions(t, [c({ seq: 3 }), c({ seq: 4 }), c({ seq: 5, body: 'nieuwer' })], {
      advanceTo: 5,
    });
    expect(t.items.map((x) => x.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(t.highSeq).toBe(5);
    expect(t.items.at(-1)?.body).toBe('nieuwer');
  });

  it('should move the cursor to what the server says it sent, even past a seq that no longer exists', () => {
    const t = mergeContributions(
      timelineFromPage({ items: [c({ seq: 1 })], nextBefore: null }),
      [c({ seq: 3 })],
      {
        advanceTo: 3,
      },
    );
    expect(t.highSeq).toBe(3);
  });

  it('should keep whether I reacted when a live event carries counts only', () => {
    const mine = c({ seq: 1, reactions: [{ kind: 'herkenning', count: 1, mine: true }] });
    const t0 = timelineFromPage({ items: [mine], nextBefore: null });
    const live = c({ seq: 1, body: 'bewerkt', reactions: [{ kind: 'herkenning', count: 2, mine: false }] });
    const t1 = mergeContributions(t0, [live], { keepMine: true });
    expect(t1.items[0]?.reactions).toEqual([{ kind: 'herkenning', count: 2, mine: true }]);
    const t2 = applyReactionCounts(t1, mine.id, [{ kind: 'herkenning', count: 3 }]);
    expect(t2.items[0]?.reactions).toEqual([{ kind: 'herkenning', count: 3, mine: true }]);
  });

  it('should count a new reply on its story, and keep replies out of the main list', () => {
    const story = c({ seq: 1, kind: 'story', title: 'Mijn weg', replyCount: 0 });
    const t0 = timelineFromPage({ items: [story], nextBefore: null });
    const reply = c({ seq: 2, replyToId: story.id });
    const t1 = mergeContributions(t0, [reply]);
    expect(t1.items.find((x) => x.id === story.id)?.replyCount).toBe(1);
    // The same reply again (a catch-up after the live event) is not counted twice.
    expect(mergeContributions(t1, [reply]).items.find((x) => x.id === story.id)?.replyCount).toBe(1);
    expect(topLevel(t1.items).map((x) => x.id)).toEqual([story.id]);
  });

  it('should put an older page in front without moving the cursor', () => {
    const t0 = timelineFromPage({ items: [c({ seq: 4 }), c({ seq: 3 })], nextBefore: 3 });
    const t1 = mergeOlderPage(t0, { items: [c({ seq: 2 }), c({ seq: 1 })], nextBefore: null });
    expect(t1.items.map((x) => x.seq)).toEqual([1, 2, 3, 4]);
    expect(t1.highSeq).toBe(4);
    expect(t1.nextBefore).toBeNull();
  });
});
