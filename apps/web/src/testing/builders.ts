import type { InvitationView, Me, Member, Session } from '../types/api';

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

export function buildSession(me: Me | null = null): Session {
  return { me, csrfToken: 'csrf-token-from-session-0123456789' };
}

export function buildInvitation(overrides: Partial<InvitationView> = {}): InvitationView {
  return {
    id: '7f0c7f5e-1a0b-4a53-9d1e-1c0d2b3a4e5f',
    codePrefix: 'AbCd',
    role: 'participant',
    note: null,
    expiresAt: '2026-04-01T12:00:00.000Z',
    maxUses: 1,
    uses: 0,
    revoked: false,
    state: 'open',
    createdAt: '2026-03-18T12:00:00.000Z',
    ...overrides,
  };
}

export function buildMember(overrides: Partial<Member> = {}): Member {
  return {
    membershipId: 'm-2',
    displayName: 'Sanne',
    avatarColor: '#5b4e8c',
    role: 'participant',
    joinedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}
