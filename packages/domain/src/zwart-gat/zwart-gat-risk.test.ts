import fc from 'fast-check';
import { formatMessage } from '../messages/format-message.js';
import { buildZwartGatInput, dailyActivity, daysAgo, daysLater, NOW } from '../testing/builders.js';
import { MS_PER_DAY } from '../time/days-between.js';
import { activityWindows, countActivity, type ZwartGatInput, zwartGatRisk } from './zwart-gat-risk.js';

describe('zwartGatRisk', () => {
  it('should rate high risk and say why in plain words after a sudden silence', () => {
    // Ended 30 days ago; daily active in the four weeks before, silent for the last 21 days.
    const input = buildZwartGatInput({ activity: [...dailyActivity(28, 30), ...dailyActivity(9, 21)] });
    const risk = zwartGatRisk(input, NOW);
    expect(risk.level).toBe('hoog');
    expect(risk.metrics.daysSilent).toBe(21);
    expect(risk.reasons.map((r) => formatMessage(r, 'nl'))).toEqual([
      '21 dagen geen contact, daarvoor dagelijks actief.',
      'Activiteit gedaald van 7 naar 1,75 keer per week.',
      'De activiteit neemt de laatste weken verder af.',
      'Geen contact over en weer in de afgelopen 30 dagen.',
      'Geen herkenning ontvangen sinds het einde van het traject.',
      'Geen mentor.',
    ]);
  });

  it('should rate low risk for someone still active, connected and mentored', () => {
    const input = buildZwartGatInput({
      activity: [...dailyActivity(28, 30), ...dailyActivity(30, 0)],
      connections: [
        { otherMemberId: 'a', lastTwoWayAt: daysAgo(2) },
        { otherMemberId: 'b', lastTwoWayAt: daysAgo(10) },
        { otherMemberId: 'c', lastTwoWayAt: daysAgo(90) },
        { otherMemberId: 'd', lastTwoWayAt: null },
      ],
      receivedRecognitionSinceEnd: true,
      hasMentor: true,
    });
    const risk = zwartGatRisk(input, NOW);
    expect(risk.level).toBe('laag');
    expect(risk.metrics.liveConnections).toBe(2);
    expect(risk.reasons).toEqual([]);
    expect(risk.protective.map((p) => p.key)).toEqual([
      'zwartGat.hasMentor',
      'zwartGat.liveConnections',
      'zwartGat.stillActive',
    ]);
  });

  it.each<[string, Partial<ZwartGatInput>, string]>([
    [
      'weekly before, quiet since',
      { activity: [daysAgo(35), daysAgo(40), daysAgo(45), daysAgo(50)] },
      'zwartGat.silenceAfterWeekly',
    ],
    ['never active at all', { activity: [] }, 'zwartGat.noActivityAfterEnd'],
    ['active only after the end, now quiet', { activity: [daysAgo(20)] }, 'zwartGat.silence'],
    [
      'rarely active before, not after',
      { activity: [daysAgo(40), daysAgo(100)] },
      'zwartGat.noActivityAfterEnd',
    ],
  ])('should explain the silence when %s', (_scenario, overrides, key) => {
    expect(zwartGatRisk(buildZwartGatInput(overrides), NOW).reasons[0]?.key).toBe(key);
  });

  it('should mention a single remaining connection and a falling trend', () => {
    const activity = [...Array.from({ length: 6 }, (_, i) => daysAgo(15 + i)), daysAgo(2)];
    const risk = zwartGatRisk(
      buildZwartGatInput({
        trajectEndedAt: daysAgo(40),
        activity,
        connections: [{ otherMemberId: 'a', lastTwoWayAt: daysAgo(1) }],
      }),
      NOW,
    );
    expect(risk.metrics.trend).toBe('falling');
    expect(risk.reasons.map((r) => r.key)).toEqual(
      expect.arrayContaining(['zwartGat.trendFalling', 'zwartGat.oneLiveConnection']),
    );
  });

  it('should see a rising trend', () => {
    const activity = [daysAgo(20), daysAgo(5), daysAgo(4), daysAgo(3)];
    expect(zwartGatRisk(buildZwartGatInput({ activity }), NOW).metrics.trend).toBe('rising');
  });

  it('should not call someone at high risk a day after the end, before there is evidence', () => {
    // Daily active until yesterday's end, isolated, no mentor: the drop in activity and the missing
    // recognition carry no weight yet; the same silence three weeks later does.
    const ended = daysAgo(1);
    const input = buildZwartGatInput({ trajectEndedAt: ended, activity: dailyActivity(28, 1) });
    const early = zwartGatRisk(input, NOW);
    expect(early.level).toBe('laag');
    expect(early.components.decay).toBeCloseTo(1 / 14, 5);
    const later = zwartGatRisk(input, daysLater(21));
    expect(later.level).toBe('hoog');
  });

  it('should score 0 before the traject has ended', () => {
    const risk = zwartGatRisk(buildZwartGatInput({ trajectEndedAt: daysLater(5) }), NOW);
    expect(risk).toMatchObject({ score: 0, level: 'laag', reasons: [{ key: 'zwartGat.trajectNotEnded' }] });
  });

  it('should ignore activity dated after now and treat a future contact date as today', () => {
    const risk = zwartGatRisk(
      buildZwartGatInput({
        activity: [daysLater(3)],
        connections: [{ otherMemberId: 'a', lastTwoWayAt: daysLater(2) }],
      }),
      NOW,
    );
    expect(risk.metrics.ignoredFutureActivity).toBe(1);
    expect(risk.metrics.liveConnections).toBe(1);
  });

  it('should give a mentor and recognition some protective weight', () => {
    const base = buildZwartGatInput({ activity: dailyActivity(10, 25) });
    const alone = zwartGatRisk(base, NOW).score;
    const held = zwartGatRisk({ ...base, hasMentor: true, receivedRecognitionSinceEnd: true }, NOW).score;
    expect(held).toBeCloseTo(alone - 0.2, 2);
  });

  const inputs = fc.record({
    endDaysAgo: fc.integer({ min: 0, max: 120 }),
    activity: fc.array(fc.double({ min: 0, max: 200, noNaN: true }), { maxLength: 40 }),
    connections: fc.array(fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null }), {
      maxLength: 5,
    }),
    recognised: fc.boolean(),
    hasMentor: fc.boolean(),
  });
  type Generated = typeof inputs extends fc.Arbitrary<infer T> ? T : never;
  const toInput = (x: Generated): ZwartGatInput => ({
    trajectEndedAt: daysAgo(x.endDaysAgo),
    activity: x.activity.map((d) => daysAgo(d)),
    connections: x.connections.map((d, i) => ({
      otherMemberId: `o${i}`,
      lastTwoWayAt: d === null ? null : daysAgo(d),
    })),
    receivedRecognitionSinceEnd: x.recognised,
    hasMentor: x.hasMentor,
  });

  it('should count the windows as the formula defines them (a reference written as plain filters)', () => {
    const day = MS_PER_DAY;
    const reference = (moments: Date[], end: Date, now: Date) => {
      const n = now.getTime();
      const e = end.getTime();
      const past = moments.map((m) => m.getTime()).filter((t) => t <= n);
      const afterFrom = Math.max(e, n - 28 * day);
      return {
        before: past.filter((t) => t >= e - 28 * day && t < e).length,
        after: past.filter((t) => t >= afterFrom).length,
        recent: past.filter((t) => t > n - 14 * day).length,
        previous: past.filter((t) => t > n - 28 * day && t <= n - 14 * day).length,
        last: past.length ? new Date(Math.max(...past)) : null,
        future: moments.length - past.length,
      };
    };
    fc.assert(
      fc.property(inputs, fc.double({ min: -10, max: 60, noNaN: true }), (x, shift) => {
        const input = toInput(x);
        const now = new Date(NOW.getTime() + shift * day);
        const moments = input.activity as Date[];
        expect(countActivity(moments, input.trajectEndedAt, now)).toEqual(
          reference(moments, input.trajectEndedAt, now),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('should give the same risk from counts as from moments', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const input = toInput(x);
        const counted = {
          ...input,
          activity: countActivity(input.activity as Date[], input.trajectEndedAt, NOW),
        };
        expect(zwartGatRisk(counted, NOW)).toEqual(zwartGatRisk(input, NOW));
      }),
      { numRuns: 100 },
    );
  });

  it('should count each window with its own edges', () => {
    const end = daysAgo(30);
    const w = activityWindows(end, NOW);
    const at = (t: number) => new Date(t);
    const counts = countActivity(
      [
        at(w.beforeFrom), // first moment of "before"
        at(w.beforeFrom - 1), // just outside
        at(w.beforeTo), // the end itself: not before, and (30 days ago) not after either
        at(w.afterFrom), // first moment of "after" (28 days ago): previous, since previous starts after 28 days
        at(w.recentFrom), // exactly 14 days ago: previous, not recent
        at(w.recentFrom + 1),
        NOW,
        daysLater(1),
      ],
      end,
      NOW,
    );
    expect(counts).toEqual({ before: 1, after: 4, recent: 2, previous: 1, last: NOW, future: 1 });
  });

  it('should never lower the risk as days of silence go by', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 100, noNaN: true }), (x, extraDays) => {
        const input = toInput(x);
        const later = new Date(NOW.getTime() + extraDays * MS_PER_DAY);
        expect(zwartGatRisk(input, later).score).toBeGreaterThanOrEqual(zwartGatRisk(input, NOW).score);
      }),
      { numRuns: 300 },
    );
  });

  it('should keep the score in [0, 1] with a level that matches it', () => {
    fc.assert(
      fc.property(inputs, (x) => {
        const risk = zwartGatRisk(toInput(x), NOW);
        expect(risk.score).toBeGreaterThanOrEqual(0);
        expect(risk.score).toBeLessThanOrEqual(1);
        expect(risk.level).toBe(risk.score >= 0.65 ? 'hoog' : risk.score >= 0.4 ? 'midden' : 'laag');
      }),
    );
  });
});
