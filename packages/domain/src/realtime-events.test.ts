import { describe, expect, it } from '@jest/globals';
import { isForRoomMembersOnly, NOTIFICATION_KINDS, type NotificationKind } from './realtime-events.js';

describe('isForRoomMembersOnly', () => {
  it.each<[NotificationKind, boolean]>([
    ['reply_received', true],
    ['herkenning_received', true],
    ['report', true],
    ['direct_request', true],
    ['direct_accepted', true],
    ['room_added', true],
    // May go to facilitators outside a 1:1 room: never withheld for not being in it.
    ['crisis_alert', false],
    ['crisis_escalated', false],
    // About the person's own message: they are told even after leaving the room.
    ['hidden', false],
    ['traject_completed', false],
  ])('should answer %s → %s', (kind, expected) => {
    expect(isForRoomMembersOnly(kind)).toBe(expected);
  });

  it('should never withhold a crisis notification for not being in the room', () => {
    const crisis = NOTIFICATION_KINDS.filter((k) => k.startsWith('crisis'));
    expect(crisis.length).toBeGreaterThan(0);
    expect(crisis.filter(isForRoomMembersOnly)).toEqual([]);
  });
});
