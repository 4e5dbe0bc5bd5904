import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/crypto.js';
import { buildMember, buildOrganisation, TEST_PASSWORD, type TestMember } from '../support/factories.js';
import { restRoutes, socketEvents } from '../support/route-catalog.js';
import { closeAllSockets, connected, record, sleep, waitFor } from '../support/sockets.js';
import { resetDatabase, startTestApp, type TestApp, TestClient } from '../support/test-app.js';

/**
 * The authorisation matrix (OWASP ASVS level 2 as the yardstick): every REST route and every socket
 * event, for eight actors, with the expected outcome of each cell written out below. Routes are read
 * from the app's own metadata: a route without a row fails this test.
 *
 * Actors, in column order:
 *   anon        no session
 *   member      participant in group G (author of the contributions there, enrolled in traject T)
 *   nonMember   participant of the same organisation, not in G (in another group G2)
 *   removed     participant removed from G
 *   revoked     participant of G whose session was revoked (the cookie is replayed)
 *   hostHere    facilitator of G and of traject T
 *   hostOther   facilitator of another group G2 and traject T2
 *   adminOther  admin of another organisation
 */
const ACTORS = [
  'anon',
  'member',
  'nonMember',
  'removed',
  'revoked',
  'hostHere',
  'hostOther',
  'adminOther',
] as const;
type ActorName = (typeof ACTORS)[number];
type Row = [number, number, number, number, number, number, number, number];

interface Fixture {
  orgA: string;
  people: Record<Exclude<ActorName, 'anon'>, TestMember>;
  g: string;
  g2: string;
  community: string;
  message: string;
  story: string;
  hostMessage: string;
  traject: string;
  traject2: string;
  enrolment: string;
  mentor: TestMember;
  mentorship: string;
  notification: string;
  directInvite: string;
  invitationA: string;
  invitationCode: string;
}

const ALL_AUTH: Row = [401, 200, 200, 200, 401, 200, 200, 200];
const allAuth = (ok: number): Row => [401, ok, ok, ok, 401, ok, ok, ok];
const adminOnly = (otherAdmin: number): Row => [401, 403, 403, 403, 401, 403, 403, otherAdmin];
const facilitatorsOnly = (here: number, other: number, otherAdmin: number): Row => [
  401,
  403,
  403,
  403,
  401,
  here,
  other,
  otherAdmin,
];
/** Room-scoped: members and hosts of G may, everyone else learns nothing (404). */
const roomMembers = (ok: number, host = ok): Row => [401, ok, 404, 404, 401, host, 404, 404];
/** Room-scoped, hosts only: a participant member gets 403, outsiders 404. */
const roomHosts = (ok: number): Row => [401, 403, 404, 404, 401, ok, 404, 404];
const publicRoute = (ok: number): Row => [ok, ok, ok, ok, ok, ok, ok, ok];

type Call = (f: Fixture, actor: ActorName) => { method: string; path: string; body?: unknown };

const matrix: Record<string, { call: Call; expect: Row }> = {
  // Auth
  'GET /api/auth/session': {
    call: () => ({ method: 'GET', path: '/api/auth/session' }),
    expect: publicRoute(200),
  },
  'POST /api/auth/login': {
    call: (f) => ({
      method: 'POST',
      path: '/api/auth/login',
      body: { login: f.people.member.login, password: TEST_PASSWORD },
    }),
    expect: publicRoute(200),
  },
  'POST /api/auth/register': {
    call: (f, a) => ({
      method: 'POST',
      path: '/api/auth/register',
      body: {
        code: f.invitationCode,
        displayName: `Nieuw ${a}`,
        login: `nieuw-${a}`,
        password: 'een-lang-wachtwoord',
      },
    }),
    expect: publicRoute(201),
  },
  'POST /api/auth/logout': {
    call: () => ({ method: 'POST', path: '/api/auth/logout' }),
    expect: allAuth(204),
  },
  'POST /api/auth/logout-all': {
    call: () => ({ method: 'POST', path: '/api/auth/logout-all' }),
    expect: allAuth(204),
  },
  'POST /api/auth/password': {
    call: () => ({
      method: 'POST',
      path: '/api/auth/password',
      body: { currentPassword: TEST_PASSWORD, newPassword: 'nog-een-wachtwoord' },
    }),
    expect: allAuth(204),
  },
  'POST /api/auth/password-reset': {
    call: () => ({
      method: 'POST',
      path: '/api/auth/password-reset',
      body: { token: 'x'.repeat(32), newPassword: 'nog-een-wachtwoord' },
    }),
    expect: publicRoute(400),
  },
  'GET /api/health': { call: () => ({ method: 'GET', path: '/api/health' }), expect: publicRoute(200) },
  'GET /api/invitations/:code': {
    call: (f) => ({ method: 'GET', path: `/api/invitations/${f.invitationCode}` }),
    expect: publicRoute(200),
  },
  // Administration
  'GET /api/admin/invitations': {
    call: () => ({ method: 'GET', path: '/api/admin/invitations' }),
    expect: adminOnly(200),
  },
  'POST /api/admin/invitations': {
    call: () => ({ method: 'POST', path: '/api/admin/invitations', body: { role: 'participant' } }),
    expect: adminOnly(201),
  },
  'DELETE /api/admin/invitations/:id': {
    call: (f) => ({ method: 'DELETE', path: `/api/admin/invitations/${f.invitationA}` }),
    expect: adminOnly(404),
  },
  'GET /api/admin/members': {
    call: () => ({ method: 'GET', path: '/api/admin/members' }),
    expect: adminOnly(200),
  },
  'PATCH /api/admin/members/:id': {
    call: (f) => ({
      method: 'PATCH',
      path: `/api/admin/members/${f.people.member.membershipId}`,
      body: { role: 'facilitator' },
    }),
    expect: adminOnly(404),
  },
  'DELETE /api/admin/members/:id': {
    call: (f) => ({ method: 'DELETE', path: `/api/admin/members/${f.people.member.membershipId}` }),
    expect: adminOnly(404),
  },
  'POST /api/admin/members/:id/password-reset': {
    call: (f) => ({
      method: 'POST',
      path: `/api/admin/members/${f.people.member.membershipId}/password-reset`,
    }),
    expect: adminOnly(404),
  },
  'GET /api/audit': { call: () => ({ method: 'GET', path: '/api/audit' }), expect: adminOnly(200) },
  // The organisation's people and rooms
  'GET /api/members': { call: () => ({ method: 'GET', path: '/api/members' }), expect: ALL_AUTH },
  'GET /api/rooms': { call: () => ({ method: 'GET', path: '/api/rooms' }), expect: ALL_AUTH },
  'GET /api/rooms/discover': {
    call: () => ({ method: 'GET', path: '/api/rooms/discover' }),
    expect: ALL_AUTH,
  },
  'POST /api/rooms': {
    call: () => ({ method: 'POST', path: '/api/rooms', body: { kind: 'group', name: 'Nieuwe groep' } }),
    expect: [401, 403, 403, 403, 401, 201, 201, 201],
  },
  'POST /api/rooms/:id/join': {
    call: (f) => ({ method: 'POST', path: `/api/rooms/${f.community}/join` }),
    expect: [401, 201, 201, 201, 401, 201, 201, 404],
  },
  'GET /api/rooms/:id': {
    call: (f) => ({ method: 'GET', path: `/api/rooms/${f.g}` }),
    expect: roomMembers(200),
  },
  'PATCH /api/rooms/:id': {
    call: (f) => ({ method: 'PATCH', path: `/api/rooms/${f.g}`, body: { name: 'Groep G' } }),
    expect: roomHosts(200),
  },
  'PUT /api/rooms/:id/agreements': {
    call: (f) => ({ method: 'PUT', path: `/api/rooms/${f.g}/agreements`, body: { text: 'Respect' } }),
    expect: roomMembers(200),
  },
  'POST /api/rooms/:id/members': {
    call: (f) => ({
      method: 'POST',
      path: `/api/rooms/${f.g}/members`,
      body: { memberIds: [f.people.nonMember.membershipId] },
    }),
    expect: roomHosts(201),
  },
  'DELETE /api/rooms/:id/members/:membershipId': {
    call: (f) => ({ method: 'DELETE', path: `/api/rooms/${f.g}/members/${f.people.revoked.membershipId}` }),
    expect: roomHosts(204),
  },
  'POST /api/rooms/:id/leave': {
    call: (f) => ({ method: 'POST', path: `/api/rooms/${f.g}/leave` }),
    expect: roomMembers(204),
  },
  'GET /api/rooms/:id/reports': {
    call: (f) => ({ method: 'GET', path: `/api/rooms/${f.g}/reports` }),
    expect: roomHosts(200),
  },
  'GET /api/rooms/:roomId/contributions': {
    call: (f) => ({ method: 'GET', path: `/api/rooms/${f.g}/contributions` }),
    expect: roomMembers(200),
  },
  'POST /api/rooms/:roomId/contributions': {
    call: (f) => ({
      method: 'POST',
      path: `/api/rooms/${f.g}/contributions`,
      body: { clientId: newId(), kind: 'message', body: 'Hallo' },
    }),
    expect: roomMembers(201),
  },
  'POST /api/rooms/:roomId/read': {
    call: (f) => ({ method: 'POST', path: `/api/rooms/${f.g}/read`, body: { seq: 1 } }),
    expect: roomMembers(200),
  },
  // Contributions
  'GET /api/contributions/:id': {
    call: (f) => ({ method: 'GET', path: `/api/contributions/${f.message}` }),
    expect: roomMembers(200),
  },
  'GET /api/contributions/:id/replies': {
    call: (f) => ({ method: 'GET', path: `/api/contributions/${f.story}/replies` }),
    expect: roomMembers(200),
  },
  'GET /api/contributions/:id/phase-history': {
    call: (f) => ({ method: 'GET', path: `/api/contributions/${f.message}/phase-history` }),
    expect: roomMembers(200), // the author and the hosts
  },
  'PATCH /api/contributions/:id': {
    call: (f) => ({ method: 'PATCH', path: `/api/contributions/${f.message}`, body: { body: 'Aangepast' } }),
    expect: [401, 200, 404, 404, 401, 403, 404, 404], // only the author
  },
  'DELETE /api/contributions/:id': {
    call: (f) => ({ method: 'DELETE', path: `/api/contributions/${f.message}` }),
    expect: [401, 204, 404, 404, 401, 403, 404, 404],
  },
  'PUT /api/contributions/:id/phase': {
    call: (f) => ({
      method: 'PUT',
      path: `/api/contributions/${f.message}/phase`,
      body: { phase: 'verbinding' },
    }),
    expect: [401, 200, 404, 404, 401, 403, 404, 404],
  },
  'POST /api/contributions/:id/reactions': {
    call: (f) => ({
      method: 'POST',
      path: `/api/contributions/${f.hostMessage}/reactions`,
      body: { kind: 'steun', on: true },
    }),
    expect: roomMembers(200),
  },
  'POST /api/contributions/:id/report': {
    call: (f) => ({
      method: 'POST',
      path: `/api/contributions/${f.hostMessage}/report`,
      body: { reason: 'Voelt niet goed' },
    }),
    expect: [401, 201, 404, 404, 401, 400, 404, 404], // one cannot report one's own contribution
  },
  'POST /api/contributions/:id/hide': {
    call: (f) => ({
      method: 'POST',
      path: `/api/contributions/${f.message}/hide`,
      body: { reason: 'Privé' },
    }),
    expect: roomHosts(204),
  },
  'POST /api/contributions/:id/unhide': {
    call: (f) => ({ method: 'POST', path: `/api/contributions/${f.message}/unhide` }),
    expect: roomHosts(204),
  },
  'POST /api/contributions/:id/reports/resolve': {
    call: (f) => ({
      method: 'POST',
      path: `/api/contributions/${f.message}/reports/resolve`,
      body: { decision: 'keep', reason: '' },
    }),
    expect: roomHosts(204),
  },
  // Personal
  'GET /api/mutes': { call: () => ({ method: 'GET', path: '/api/mutes' }), expect: ALL_AUTH },
  'POST /api/mutes': {
    call: (f, a) => ({
      method: 'POST',
      path: '/api/mutes',
      body: { membershipId: a === 'member' ? f.people.hostHere.membershipId : f.people.member.membershipId },
    }),
    expect: [401, 204, 204, 204, 401, 204, 204, 404],
  },
  'DELETE /api/mutes/:membershipId': {
    call: (f) => ({ method: 'DELETE', path: `/api/mutes/${f.people.hostHere.membershipId}` }),
    expect: allAuth(204),
  },
  'GET /api/notifications': { call: () => ({ method: 'GET', path: '/api/notifications' }), expect: ALL_AUTH },
  'GET /api/notifications/unread-count': {
    call: () => ({ method: 'GET', path: '/api/notifications/unread-count' }),
    expect: ALL_AUTH,
  },
  'POST /api/notifications/read-all': {
    call: () => ({ method: 'POST', path: '/api/notifications/read-all' }),
    expect: allAuth(204),
  },
  'POST /api/notifications/:id/read': {
    call: (f) => ({ method: 'POST', path: `/api/notifications/${f.notification}/read` }),
    expect: [401, 204, 404, 404, 401, 404, 404, 404], // only its recipient
  },
  'GET /api/me/export': { call: () => ({ method: 'GET', path: '/api/me/export' }), expect: ALL_AUTH },
  'GET /api/me/audit': { call: () => ({ method: 'GET', path: '/api/me/audit' }), expect: ALL_AUTH },
  'DELETE /api/me': {
    call: () => ({
      method: 'DELETE',
      path: '/api/me',
      body: { password: TEST_PASSWORD, contributions: 'anonymise', confirm: 'VERWIJDER' },
    }),
    expect: allAuth(204),
  },
  // 1:1 conversations
  'POST /api/direct': {
    call: (f, a) => ({
      method: 'POST',
      path: '/api/direct',
      body: {
        membershipId: a === 'hostHere' ? f.people.member.membershipId : f.people.hostHere.membershipId,
      },
    }),
    expect: [401, 201, 201, 201, 401, 201, 201, 404],
  },
  'GET /api/direct/requests': {
    call: () => ({ method: 'GET', path: '/api/direct/requests' }),
    expect: ALL_AUTH,
  },
  'POST /api/direct/:roomId/accept': {
    call: (f) => ({ method: 'POST', path: `/api/direct/${f.directInvite}/accept` }),
    expect: [401, 204, 404, 404, 401, 404, 404, 404], // only the invited person
  },
  'POST /api/direct/:roomId/decline': {
    call: (f) => ({ method: 'POST', path: `/api/direct/${f.directInvite}/decline` }),
    expect: [401, 204, 404, 404, 401, 404, 404, 404],
  },
  // Trajecten
  'GET /api/trajecten': { call: () => ({ method: 'GET', path: '/api/trajecten' }), expect: ALL_AUTH },
  'POST /api/trajecten': {
    call: (f, a) => ({
      method: 'POST',
      path: '/api/trajecten',
      body: {
        name: 'Nieuw traject',
        startsOn: '2026-01-01',
        endsOn: '2026-03-01',
        sessions: [],
        facilitatorIds: a === 'adminOther' ? [] : [f.people.hostHere.membershipId],
      },
    }),
    expect: adminOnly(201),
  },
  'GET /api/trajecten/:id': {
    call: (f) => ({ method: 'GET', path: `/api/trajecten/${f.traject}` }),
    expect: [401, 200, 404, 404, 401, 200, 404, 404],
  },
  'PATCH /api/trajecten/:id': {
    call: (f) => ({
      method: 'PATCH',
      path: `/api/trajecten/${f.traject}`,
      body: { description: 'Bijgewerkt' },
    }),
    expect: [401, 403, 404, 404, 401, 200, 404, 404],
  },
  'POST /api/trajecten/:id/invitations': {
    call: (f) => ({ method: 'POST', path: `/api/trajecten/${f.traject}/invitations`, body: {} }),
    expect: [401, 403, 404, 404, 401, 201, 404, 404],
  },
  'POST /api/trajecten/:id/enrolments': {
    call: (f) => ({
      method: 'POST',
      path: `/api/trajecten/${f.traject}/enrolments`,
      body: { membershipIds: [f.people.nonMember.membershipId] },
    }),
    expect: [401, 403, 404, 404, 401, 201, 404, 404],
  },
  'POST /api/trajecten/:id/close': {
    call: (f) => ({ method: 'POST', path: `/api/trajecten/${f.traject}/close` }),
    expect: adminOnly(404),
  },
  'GET /api/enrolments/mine': {
    call: () => ({ method: 'GET', path: '/api/enrolments/mine' }),
    expect: ALL_AUTH,
  },
  'POST /api/enrolments/:id/consent': {
    call: (f) => ({
      method: 'POST',
      path: `/api/enrolments/${f.enrolment}/consent`,
      body: { agree: true, followUp: true },
    }),
    expect: [401, 200, 404, 404, 401, 404, 404, 404],
  },
  'POST /api/enrolments/:id/leave': {
    call: (f) => ({ method: 'POST', path: `/api/enrolments/${f.enrolment}/leave`, body: {} }),
    expect: [401, 204, 404, 404, 401, 404, 404, 404],
  },
  // Na afloop
  'GET /api/nazorg': {
    call: () => ({ method: 'GET', path: '/api/nazorg' }),
    expect: facilitatorsOnly(200, 200, 200),
  },
  'POST /api/nazorg/run': {
    call: () => ({ method: 'POST', path: '/api/nazorg/run' }),
    expect: adminOnly(200),
  },
  'POST /api/nazorg/:membershipId/message': {
    call: (f) => ({ method: 'POST', path: `/api/nazorg/${f.mentor.membershipId}/message` }),
    expect: facilitatorsOnly(201, 404, 404),
  },
  'POST /api/nazorg/:membershipId/contact': {
    call: (f) => ({
      method: 'POST',
      path: `/api/nazorg/${f.mentor.membershipId}/contact`,
      body: { note: 'Gebeld' },
    }),
    expect: facilitatorsOnly(204, 404, 404),
  },
  'POST /api/nazorg/:membershipId/snooze': {
    call: (f) => ({ method: 'POST', path: `/api/nazorg/${f.mentor.membershipId}/snooze`, body: { days: 7 } }),
    expect: facilitatorsOnly(204, 404, 404),
  },
  'POST /api/nazorg/:membershipId/suggest-mentor': {
    call: (f) => ({
      method: 'POST',
      path: `/api/nazorg/${f.mentor.membershipId}/suggest-mentor`,
      body: { mentorMembershipId: f.mentor.membershipId },
    }),
    expect: facilitatorsOnly(204, 404, 404),
  },
  // Mentors
  'GET /api/mentors': { call: () => ({ method: 'GET', path: '/api/mentors' }), expect: ALL_AUTH },
  'GET /api/mentors/me': { call: () => ({ method: 'GET', path: '/api/mentors/me' }), expect: ALL_AUTH },
  'PUT /api/mentors/me': {
    call: () => ({
      method: 'PUT',
      path: '/api/mentors/me',
      body: { intro: 'Ik luister graag.', themes: [], languages: ['nl'], availability: [], maxMentees: 1 },
    }),
    expect: allAuth(409), // nobody here completed a traject
  },
  'POST /api/mentors/me/status': {
    call: () => ({ method: 'POST', path: '/api/mentors/me/status', body: { status: 'paused' } }),
    expect: allAuth(404),
  },
  'GET /api/mentors/overview': {
    call: () => ({ method: 'GET', path: '/api/mentors/overview' }),
    expect: facilitatorsOnly(200, 200, 200),
  },
  'POST /api/mentors/:membershipId/requests': {
    call: (f) => ({
      method: 'POST',
      path: `/api/mentors/${f.mentor.membershipId}/requests`,
      body: { message: 'Hoi' },
    }),
    expect: [401, 409, 201, 201, 401, 201, 201, 404], // the member asked this mentor already
  },
  'POST /api/mentors/:membershipId/invite': {
    call: (f) => ({ method: 'POST', path: `/api/mentors/${f.mentor.membershipId}/invite` }),
    expect: facilitatorsOnly(204, 204, 404),
  },
  'PUT /api/mentors/:membershipId/getuigenis': {
    call: (f) => ({
      method: 'PUT',
      path: `/api/mentors/${f.mentor.membershipId}/getuigenis`,
      body: { confirmed: true },
    }),
    expect: facilitatorsOnly(204, 204, 404),
  },
  'GET /api/mentorships': { call: () => ({ method: 'GET', path: '/api/mentorships' }), expect: ALL_AUTH },
  'POST /api/mentorships/:id/accept': {
    call: (f) => ({ method: 'POST', path: `/api/mentorships/${f.mentorship}/accept` }),
    expect: [401, 403, 404, 404, 401, 404, 404, 404],
  },
  'POST /api/mentorships/:id/decline': {
    call: (f) => ({ method: 'POST', path: `/api/mentorships/${f.mentorship}/decline` }),
    expect: [401, 403, 404, 404, 401, 404, 404, 404],
  },
  'POST /api/mentorships/:id/end': {
    call: (f) => ({ method: 'POST', path: `/api/mentorships/${f.mentorship}/end` }),
    expect: [401, 200, 404, 404, 401, 404, 404, 404],
  },
  // Insight
  'GET /api/insight/rooms/:roomId/dashboard': {
    call: (f) => ({ method: 'GET', path: `/api/insight/rooms/${f.g}/dashboard` }),
    expect: roomHosts(200),
  },
  'GET /api/insight/rooms/:roomId/session': {
    call: (f) => ({ method: 'GET', path: `/api/insight/rooms/${f.g}/session` }),
    expect: roomHosts(200),
  },
  'GET /api/insight/me/path': {
    call: () => ({ method: 'GET', path: '/api/insight/me/path' }),
    expect: ALL_AUTH,
  },
  'PUT /api/insight/me/path': {
    call: () => ({ method: 'PUT', path: '/api/insight/me/path', body: { phase: 'herkenning' } }),
    expect: ALL_AUTH,
  },
  'GET /api/insight/report': {
    call: (f) => ({ method: 'GET', path: `/api/insight/report?trajectId=${f.traject}` }),
    expect: [401, 403, 403, 403, 401, 200, 403, 404],
  },
  'GET /api/insight/report/compare': {
    call: () => ({ method: 'GET', path: '/api/insight/report/compare' }),
    expect: [401, 403, 403, 403, 401, 200, 200, 200],
  },
  'GET /api/insight/report.csv': {
    call: (f) => ({ method: 'GET', path: `/api/insight/report.csv?trajectId=${f.traject}` }),
    expect: [401, 403, 403, 403, 401, 200, 403, 404],
  },
};

let t: TestApp;

async function sqlFixture(ds: DataSource): Promise<Fixture> {
  const a = await buildOrganisation(ds, 'Organisatie A');
  const b = await buildOrganisation(ds, 'Organisatie B');
  const admin = await buildMember(ds, a.id, 'admin', { displayName: 'Beheer A' });
  const people = {
    member: await buildMember(ds, a.id, 'participant', { displayName: 'Lid' }),
    nonMember: await buildMember(ds, a.id, 'participant', { displayName: 'Buiten' }),
    removed: await buildMember(ds, a.id, 'participant', { displayName: 'Verwijderd' }),
    revoked: await buildMember(ds, a.id, 'participant', { displayName: 'Ingetrokken' }),
    hostHere: await buildMember(ds, a.id, 'facilitator', { displayName: 'Begeleider hier' }),
    hostOther: await buildMember(ds, a.id, 'facilitator', { displayName: 'Begeleider elders' }),
    adminOther: await buildMember(ds, b.id, 'admin', { displayName: 'Beheer B' }),
  };
  const mentor = await buildMember(ds, a.id, 'participant', { displayName: 'Mentor' });
  const q = (sql: string, params: unknown[]) => ds.query(sql, params);
  const room = async (
    kind: string,
    name: string,
    members: TestMember[],
    status: Record<string, string> = {},
  ) => {
    const id = newId();
    await q(`INSERT INTO rooms (id, organisation_id, kind, name) VALUES ($1, $2, $3, $4)`, [
      id,
      a.id,
      kind,
      name,
    ]);
    for (const m of members) {
      await q(
        `INSERT INTO room_members (room_id, membership_id, organisation_id, status) VALUES ($1, $2, $3, $4)`,
        [id, m.membershipId, a.id, status[m.membershipId] ?? 'active'],
      );
    }
    return id;
  };
  const g = await room('group', 'Groep G', [people.member, people.removed, people.revoked, people.hostHere], {
    [people.removed.membershipId]: 'removed',
  });
  const g2 = await room('group', 'Groep G2', [people.nonMember, people.hostOther]);
  const community = await room('community', 'Huiskamer', []);
  const directInvite = await room('direct', '', [people.nonMember, people.member], {
    [people.member.membershipId]: 'invited',
  });
  let seq = 0;
  const contribution = async (author: TestMember, kind: string, body: string) => {
    const [row] = await q(
      `INSERT INTO contributions (organisation_id, room_id, seq, author_membership_id, client_id, kind, title, body, phase)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'herkenning') RETURNING id`,
      [a.id, g, ++seq, author.membershipId, newId(), kind, kind === 'story' ? 'Verhaal' : null, body],
    );
    return String(row.id);
  };
  const message = await contribution(people.member, 'message', 'Mijn bericht');
  const story = await contribution(people.member, 'story', 'Mijn verhaal');
  const hostMessage = await contribution(people.hostHere, 'message', 'Bericht van de begeleider');
  await q(`UPDATE rooms SET last_seq = $2 WHERE id = $1`, [g, seq]);
  const traject = newId();
  const traject2 = newId();
  const traject0 = newId();
  await q(
    `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id) VALUES ($1, $2, 'T', '2026-01-01', '2027-12-31', $3)`,
    [traject, a.id, g],
  );
  await q(
    `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id) VALUES ($1, $2, 'T2', '2026-01-01', '2027-12-31', $3)`,
    [traject2, a.id, g2],
  );
  await q(
    `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id, completed_at) VALUES ($1, $2, 'T0', '2025-01-01', '2025-03-01', $3, now())`,
    [traject0, a.id, community],
  );
  await q(
    `INSERT INTO traject_facilitators (traject_id, membership_id, organisation_id) VALUES ($1, $2, $3), ($4, $5, $3), ($6, $2, $3)`,
    [traject, people.hostHere.membershipId, a.id, traject2, people.hostOther.membershipId, traject0],
  );
  const enrolment = newId();
  await q(
    `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, consent_at, consent_follow_up) VALUES ($1, $2, $3, $4, 'active', now(), true)`,
    [enrolment, traject, people.member.membershipId, a.id],
  );
  await q(
    `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, consent_at, consent_follow_up, completed_at)
     VALUES ($1, $2, $3, $4, 'completed', now() - interval '30 days', true, now() - interval '20 days')`,
    [newId(), traject0, mentor.membershipId, a.id],
  );
  await q(
    `INSERT INTO mentor_profiles (membership_id, organisation_id, intro, languages, max_mentees) VALUES ($1, $2, 'Ik luister.', '{nl}', 5)`,
    [mentor.membershipId, a.id],
  );
  await q(
    `INSERT INTO getuigenis_confirmations (membership_id, organisation_id, confirmed, confirmed_by) VALUES ($1, $2, true, $3)`,
    [mentor.membershipId, a.id, people.hostHere.membershipId],
  );
  const mentorship = newId();
  await q(
    `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status) VALUES ($1, $2, $3, $4, 'requested')`,
    [mentorship, a.id, mentor.membershipId, people.member.membershipId],
  );
  const [n] = await q(
    `INSERT INTO notifications (organisation_id, recipient_membership_id, kind) VALUES ($1, $2, 'system') RETURNING id`,
    [a.id, people.member.membershipId],
  );
  const inviteCode = `matrix-${newId()}`;
  const invitationA = newId();
  const { sha256Hex } = await import('../../src/common/crypto.js');
  await q(
    `INSERT INTO invitations (id, organisation_id, code_hash, code_prefix, role, created_by_membership_id, expires_at, max_uses) VALUES ($1, $2, $3, 'matr', 'participant', $4, now() + interval '1 day', 100)`,
    [invitationA, a.id, sha256Hex(inviteCode), admin.membershipId],
  );
  return {
    orgA: a.id,
    people,
    g,
    g2,
    community,
    message,
    story,
    hostMessage,
    traject,
    traject2,
    enrolment,
    mentor,
    mentorship,
    notification: String(n.id),
    directInvite,
    invitationA,
    invitationCode: inviteCode,
  };
}

async function clients(f: Fixture): Promise<Record<ActorName, TestClient>> {
  const out = { anon: new TestClient(t.url, t.origin) } as Record<ActorName, TestClient>;
  for (const name of ACTORS.slice(1) as Exclude<ActorName, 'anon'>[]) {
    const c = new TestClient(t.url, t.origin);
    expect((await c.login(f.people[name].login, TEST_PASSWORD)).status).toBe(200);
    out[name] = c;
  }
  // A revoked session whose cookie is replayed, as a stolen copy would be.
  const stolen = out.revoked.cookies.get('spiegel_session')!;
  expect((await out.revoked.post('/api/auth/logout')).status).toBe(204);
  out.revoked.cookies.set('spiegel_session', stolen);
  return out;
}

beforeAll(async () => {
  t = await startTestApp({
    SEND_LIMIT_PER_USER: '10000',
    SEND_LIMIT_PER_ROOM: '10000',
    LOGIN_MAX_ATTEMPTS: '10000',
  });
});
afterAll(async () => {
  await t.close();
});
afterEach(() => closeAllSockets());

describe('REST authorisation matrix', () => {
  it('should have a row for every route of the app, and no row for a route that does not exist', () => {
    const routes = restRoutes(t.app).map((r) => r.key);
    expect(routes.filter((r) => !(r in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((k) => !routes.includes(k))).toEqual([]);
  });

  it.each(Object.keys(matrix))(
    '%s',
    async (key) => {
      await resetDatabase(t.ds);
      const f = await sqlFixture(t.ds);
      const cs = await clients(f);
      const { expect: expected } = matrix[key]!;
      const got: Record<string, number> = {};
      for (const [i, actor] of ACTORS.entries()) {
        const { method, path, body } = matrix[key]!.call(f, actor);
        const res = await cs[actor].request(method, path, method === 'GET' ? undefined : (body ?? {}));
        got[actor] = res.status;
        if (res.status >= 400 && res.status !== expected[i]) {
          got[`${actor}:why`] = (res.body as { code?: string })?.code as unknown as number;
        }
      }
      const want = Object.fromEntries(ACTORS.map((a, i) => [a, expected[i]]));
      expect(Object.fromEntries(ACTORS.map((a) => [a, got[a]]))).toEqual(want);
    },
    60_000,
  );
});

describe('socket authorisation matrix', () => {
  /** Per event: [member, nonMember, removed, hostHere, hostOther, adminOther] — ok or the error code. */
  const events: Record<string, { payload: (f: Fixture) => unknown; expect: string[] }> = {
    ping: { payload: () => ({}), expect: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'] },
    'contribution:send': {
      payload: (f) => ({ clientId: newId(), roomId: f.g, kind: 'message', body: 'hoi' }),
      expect: ['ok', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND'],
    },
    'contribution:edit': {
      payload: (f) => ({ id: f.message, body: 'anders' }),
      expect: ['ok', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'],
    },
    'contribution:delete': {
      payload: (f) => ({ id: f.story }),
      expect: ['ok', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'],
    },
    'contribution:setPhase': {
      payload: (f) => ({ id: f.message, phase: 'verbinding' }),
      expect: ['ok', 'NOT_FOUND', 'NOT_FOUND', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND'],
    },
    'reaction:set': {
      payload: (f) => ({ contributionId: f.hostMessage, kind: 'steun', on: true }),
      expect: ['ok', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND'],
    },
    catchup: {
      payload: (f) => ({ rooms: [{ roomId: f.g, afterSeq: 0 }] }),
      expect: ['ok:3', 'ok:0', 'ok:0', 'ok:3', 'ok:0', 'ok:0'],
    },
    typing: {
      payload: (f) => ({ roomId: f.g, typing: true }),
      expect: ['ok', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND'],
    },
    'room:read': {
      payload: (f) => ({ roomId: f.g, seq: 1 }),
      expect: ['ok', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND'],
    },
    'room:presence': {
      payload: (f) => ({ roomId: f.g }),
      expect: ['ok', 'NOT_FOUND', 'NOT_FOUND', 'ok', 'NOT_FOUND', 'NOT_FOUND'],
    },
  };
  const SOCKET_ACTORS = ['member', 'nonMember', 'removed', 'hostHere', 'hostOther', 'adminOther'] as const;

  it('should have a row for every socket event of the gateway', () => {
    expect(socketEvents(t.app)).toEqual(Object.keys(events).sort());
  });

  it('should refuse the handshake without a session and with a revoked one', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const cs = await clients(f);
    await expect(connected(cs.anon, 2000)).rejects.toThrow('UNAUTHENTICATED');
    await expect(connected(cs.revoked, 2000)).rejects.toThrow('UNAUTHENTICATED');
  });

  it.each(Object.keys(events))('%s', async (event) => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const cs = await clients(f);
    const got: string[] = [];
    for (const actor of SOCKET_ACTORS) {
      const s = await connected(cs[actor]);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one loop over differently typed events
      const ack = await (s as any).timeout(3000).emitWithAck(event, events[event]!.payload(f));
      if (!ack.ok) got.push(ack.error.code);
      else if (event === 'catchup')
        got.push(
          `ok:${ack.data.rooms.reduce((n: number, r: { items: unknown[] }) => n + r.items.length, 0)}`,
        );
      else got.push('ok');
    }
    expect(got).toEqual(events[event]!.expect);
  });

  it('should broadcast room events only to the sockets of that room', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const cs = await clients(f);
    const sockets = Object.fromEntries(
      await Promise.all(SOCKET_ACTORS.map(async (a) => [a, await connected(cs[a])] as const)),
    );
    const seen = Object.fromEntries(
      SOCKET_ACTORS.map((a) => [
        a,
        [
          record(sockets[a]!, 'contribution:new'),
          record(sockets[a]!, 'reaction:changed'),
          record(sockets[a]!, 'typing'),
          record(sockets[a]!, 'contribution:updated'),
        ],
      ]),
    );
    await sockets
      .member!.timeout(3000)
      .emitWithAck('contribution:send', { clientId: newId(), roomId: f.g, kind: 'message', body: 'voor G' });
    await sockets
      .hostHere!.timeout(3000)
      .emitWithAck('reaction:set', { contributionId: f.message, kind: 'hart', on: true });
    await sockets.member!.timeout(3000).emitWithAck('typing', { roomId: f.g, typing: true });
    await cs.hostHere.post(`/api/contributions/${f.message}/hide`, { reason: 'even weg' });
    // What must arrive first (a loaded machine can take a while), then a moment for anything that must not.
    await waitFor(() => seen.hostHere!.every((l) => l.length > 0), 5000, 'the host to see all four events');
    await sleep(200);
    const counts = Object.fromEntries(SOCKET_ACTORS.map((a) => [a, seen[a]!.map((l) => l.length)]));
    expect(counts).toEqual({
      member: [1, 1, 0, 1],
      nonMember: [0, 0, 0, 0],
      removed: [0, 0, 0, 0],
      hostHere: [1, 1, 1, 1],
      hostOther: [0, 0, 0, 0],
      adminOther: [0, 0, 0, 0],
    });
  });
});
