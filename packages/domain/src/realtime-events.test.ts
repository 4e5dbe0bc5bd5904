import { describe, expect, it } from '@jest/globals';
import {
  isForRoomMembersOnly,
  membersOnlyRoom,
  NOTIFICATION_KINDS,
  type NotificationKind,
} from './realtime-events.js';

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

describe('membersOnlyRoom', () => {
  it("should name the room only for news that is its members' alone", () => {
    expect(membersOnlyRoom({ kind: 'reply_received', roomId: 'r1' })).toBe('r1');
    expect(membersOnlyRoom({ kind: 'crisis_alert', roomId: 'r1' })).toBeNull();
    expect(membersOnlyRoom({ kind: 'reply_received', roomId: null })).toBeNull();
    expect(membersOnlyRoom({ kind: 'reply_received' })).toBeNull();
  });
});
