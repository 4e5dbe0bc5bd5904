import { detectCrisis } from '@spiegel/domain';
import { DEMO_CONVERSATIONS } from './demo-conversations.js';

/**
 * The demo's conversations are ordinary group talk (grief, doubt, small steps): none of them may raise a
 * crisis alarm, or a newcomer's first look at the crisis list shows false alarms (issue 13). The demo's
 * intended crisis lines live in demo-safety.ts and are not part of this list.
 */
describe('demo conversations and crisis detection', () => {
  it('should raise no alarm on any ordinary demo message', () => {
    const alarms = DEMO_CONVERSATIONS.map((c) => ({
      key: c.key,
      result: detectCrisis(c.title ? `${c.title}\n\n${c.body}` : c.body),
    }))
      .filter(({ result }) => result.crisis)
      .map(({ key, result }) => `${key}: ${result.severity} ${result.score} [${result.cues.join(', ')}]`);
    expect(DEMO_CONVERSATIONS.length).toBeGreaterThan(100);
    expect(alarms).toEqual([]);
  });
});
