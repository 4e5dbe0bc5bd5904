import type {
  ContributionView,
  InvitationView,
  Me,
  MemberView,
  RoomDetail,
  RoomMemberView,
  SessionView,
} from '@spiegel/domain';

export function buildMe(overrides: Partial<Me> = {}): Me {
  return {
    userId: 'u-1',
    membershipId: 'm-1',
    displayName: 'Anouk',
    avatarColor: '#2f6f73',
    role: 'participant',
    organisation: { id: 'o-1', name: 'Herstelacademie De Brug', slug: 'herstelacademie-de-brug' },
    ...overrides,
  };
}

export function buildSession(me: Me | null = null): SessionView {
  return { me, csrfToken: 'csrf-token-from-session-0123456789' };
}

export function buildInvitation(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    id: '7f0c7f5e-1a0b-4a53-9d1e-1c0d2b3a4e5f',
    codePrefix: 'AbCd',
    role: 'participant',
    note: null,
    email: null,
    expiresAt: '2026-04-01T12:00:00.000Z',
    maxUses: 1,
    uses: 0,
    revoked: false,
    state: 'open',
    createdAt: '2026-03-18T12:00:00.000Z',
    ...overrides,
  };
}

export function buildMember(overrides: Partial<MemberView> = {}): MemberView {
  return {
    membershipId: 'm-2',
    displayName: 'Sanne',
    avatarColor: '#5b4e8c',
    role: 'participant',
    joinedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export const ROOM_ID = '5d1c9a2e-3b4f-4c6d-8e7f-9a0b1c2d3e4f';

export function buildRoomMember(overrides: Partial<RoomMemberView> = {}): RoomMemberView {
  return { membershipId: 'm-2', displayName: 'Sanne', avatarColor: '#5b4e8c', ...overrides };
}

export function buildContribution(overrides: Partial<ContributionView> = {}): ContributionView {
  const seq = overrides.seq ?? 1;
  return {
    id: String(100 + seq),
    roomId: ROOM_ID,
    seq,
    clientId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    kind: 'message',
    author: buildRoomMember(),
    title: null,
    body: `Bericht ${seq}`,
    replyToId: null,
    replyCount: 0,
    createdAt: '2026-03-18T19:30:00.000Z',
    editedAt: null,
    deleted: false,
    hidden: null,
    reactions: [],
    ...overrides,
  };
}

export function buildRoomDetail(overrides: Partial<RoomDetail> = {}): RoomDetail {
  return {
    id: ROOM_ID,
    kind: 'group',
    name: 'Groep Voorjaar',
    description: 'Herstelcursus, donderdagavond.',
    lastSeq: 0,
    lastReadSeq: 0,
    unread: 0,
    lastActivityAt: null,
    other: null,
    agreements: 'Wat hier gedeeld wordt, blijft in de groep.',
    agreementsUpdatedAt: '2026-03-01T12:00:00.000Z',
    agreementsUpdatedBy: buildRoomMember({ membershipId: 'm-9', displayName: 'Femke' }),
    members: [
      buildRoomMember({ membershipId: 'm-1', displayName: 'Anouk', avatarColor: '#2f6f73' }),
      buildRoomMember(),
    ],
    you: { membershipId: 'm-1', isHost: false, canManage: false },
    archived: false,
    ...overrides,
  };
}
