import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { ContributionView } from '@spiegel/domain';
import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/crypto.js';
import { changedTables, snapshotDatabase } from '../support/db-snapshot.js';
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
 *   onderzoeker researcher of the organisation: refused everywhere except the routes made for researchers
 *               (RESEARCHER below); public routes answer them as anyone else
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
  'onderzoeker',
] as const;
type ActorName = (typeof ACTORS)[number];
type Row = [number, number, number, number, number, number, number, number];

interface Fixture {
  orgA: string;
  admin: TestMember;
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
  /** Active: `member` is the peer mentor of `mentor` (an alumnus), so `member` may check in on them. */
  mentorshipActive: string;
  notification: string;
  caughtMail: string;
  pushDevice: string;
  directInvite: string;
  invitationA: string;
  invitationCode: string;
  crisisCase: string;
  /** A coding round with an open code of hostHere's (the member's message), and a finished one. */
  codingStudy: string;
  codingAssignment: string;
  codingStudyDone: string;
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

/**
 * The researcher's column, the same rule for every row: a public route answers as for anyone; the few
 * routes listed here are theirs; every other route, existing or added later, refuses them with 403.
 */
const RESEARCHER: Record<string, number> = {
  'POST /api/auth/logout': 204,
  'POST /api/auth/logout-all': 204,
  'POST /api/auth/password': 204,
  'GET /api/research/herstel': 200,
  'GET /api/research/export': 200,
  'GET /api/research/coding/studies': 200,
  'GET /api/research/coding/studies/:studyId/results': 200,
  // Their own second factor: a researcher exports data, so the organisation's rule for staff holds for them.
  'POST /api/two-factor/enrolment': 201,
  'POST /api/two-factor/enrolment/confirm': 409,
  'GET /api/two-factor/me': 200,
  'POST /api/two-factor/me/disable': 409,
};
const researcherCell = (key: string, row: Row): number =>
  // A row that answers everyone alike (sessions or none, as the bounce webhook's 401) is a public route.
  RESEARCHER[key] ?? (row.every((c) => c === row[0]) ? row[0] : 403);

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
  // Second factor: the steps before a session exist are public and read their own short-lived cookie
  'GET /api/two-factor/pending': {
    call: () => ({ method: 'GET', path: '/api/two-factor/pending' }),
    expect: publicRoute(200),
  },
  'POST /api/two-factor/pending/cancel': {
    call: () => ({ method: 'POST', path: '/api/two-factor/pending/cancel' }),
    expect: publicRoute(204),
  },
  'POST /api/two-factor/verify': {
    call: () => ({ method: 'POST', path: '/api/two-factor/verify', body: { code: '123456' } }),
    expect: publicRoute(401), // no log-in is waiting for a second step
  },
  'POST /api/two-factor/recovery': {
    call: () => ({ method: 'POST', path: '/api/two-factor/recovery', body: { code: 'ABCDE-FGHJK' } }),
    expect: publicRoute(401),
  },
  'POST /api/two-factor/enrolment': {
    call: () => ({ method: 'POST', path: '/api/two-factor/enrolment' }),
    expect: allAuth(201), // a session (Mijn account) or a log-in waiting for its enrolment
  },
  'POST /api/two-factor/enrolment/confirm': {
    call: () => ({ method: 'POST', path: '/api/two-factor/enrolment/confirm', body: { code: '123456' } }),
    expect: allAuth(409), // no enrolment was started
  },
  'GET /api/two-factor/me': { call: () => ({ method: 'GET', path: '/api/two-factor/me' }), expect: ALL_AUTH },
  'POST /api/two-factor/me/disable': {
    call: () => ({ method: 'POST', path: '/api/two-factor/me/disable', body: { code: '123456' } }),
    expect: allAuth(409), // nobody here has a factor (and the organisations do not require one)
  },
  'GET /api/admin/two-factor/policy': {
    call: () => ({ method: 'GET', path: '/api/admin/two-factor/policy' }),
    expect: adminOnly(200),
  },
  'PUT /api/admin/two-factor/policy': {
    call: () => ({ method: 'PUT', path: '/api/admin/two-factor/policy', body: { requiredForStaff: false } }),
    expect: adminOnly(200),
  },
  'GET /api/admin/two-factor/members': {
    call: () => ({ method: 'GET', path: '/api/admin/two-factor/members' }),
    expect: adminOnly(200),
  },
  'POST /api/admin/two-factor/members/:id/reset': {
    call: (f) => ({
      method: 'POST',
      path: `/api/admin/two-factor/members/${f.people.hostHere.membershipId}/reset`,
    }),
    expect: adminOnly(404), // another organisation's member
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
  'GET /api/audit.csv': {
    call: (f) => ({ method: 'GET', path: `/api/audit.csv?person=${f.people.member.membershipId}` }),
    expect: adminOnly(200), // another organisation's admin gets a CSV of their own log: nothing of A's
  },
  // Safety: crisis cases are for staff (participants 403); a case is seen by its room's hosts and the admins
  'GET /api/safety/cases': {
    call: () => ({ method: 'GET', path: '/api/safety/cases' }),
    expect: facilitatorsOnly(200, 200, 200),
  },
  'GET /api/safety/cases/:id': {
    call: (f) => ({ method: 'GET', path: `/api/safety/cases/${f.crisisCase}` }),
    expect: facilitatorsOnly(200, 404, 404),
  },
  'POST /api/safety/cases/:id/pick-up': {
    call: (f) => ({ method: 'POST', path: `/api/safety/cases/${f.crisisCase}/pick-up` }),
    expect: facilitatorsOnly(200, 404, 404),
  },
  'POST /api/safety/cases/:id/release': {
    call: (f) => ({ method: 'POST', path: `/api/safety/cases/${f.crisisCase}/release` }),
    expect: facilitatorsOnly(409, 404, 404), // nobody picked it up yet
  },
  'POST /api/safety/cases/:id/close': {
    call: (f) => ({
      method: 'POST',
      path: `/api/safety/cases/${f.crisisCase}/close`,
      body: { outcome: 'anders' },
    }),
    expect: facilitatorsOnly(409, 404, 404), // not picked up yet
  },
  'POST /api/safety/cases/:id/contact': {
    call: (f) => ({ method: 'POST', path: `/api/safety/cases/${f.crisisCase}/contact` }),
    expect: facilitatorsOnly(200, 404, 404),
  },
  'GET /api/safety/status': {
    call: () => ({ method: 'GET', path: '/api/safety/status' }),
    expect: ALL_AUTH,
  },
  'POST /api/safety/marks': {
    call: (f) => ({
      method: 'POST',
      path: '/api/safety/marks',
      body: { contributionId: f.message, label: 'gemist_signaal' },
    }),
    expect: facilitatorsOnly(201, 404, 404),
  },
  'GET /api/admin/staffed-hours': {
    call: () => ({ method: 'GET', path: '/api/admin/staffed-hours' }),
    expect: adminOnly(200),
  },
  'PUT /api/admin/staffed-hours': {
    call: () => ({
      method: 'PUT',
      path: '/api/admin/staffed-hours',
      body: { ranges: [{ weekday: 1, from: '09:00', to: '17:00' }], countSessions: true },
    }),
    expect: adminOnly(200),
  },
  'GET /api/admin/signal-marks': {
    call: () => ({ method: 'GET', path: '/api/admin/signal-marks' }),
    expect: adminOnly(200),
  },
  'GET /api/admin/signal-figures': {
    call: () => ({ method: 'GET', path: '/api/admin/signal-figures' }),
    expect: adminOnly(200),
  },
  // The first-visit guide: one's own; accepting agreements needs membership of that room
  'GET /api/onboarding': { call: () => ({ method: 'GET', path: '/api/onboarding' }), expect: ALL_AUTH },
  'PUT /api/onboarding': {
    call: (f) => ({ method: 'PUT', path: '/api/onboarding', body: { acceptedRoomId: f.g } }),
    expect: roomMembers(200),
  },
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
  // Outreach (e-mail): one's own address and choices; admins see the organisation's deliveries and caught mails.
  'GET /api/outreach/me': { call: () => ({ method: 'GET', path: '/api/outreach/me' }), expect: ALL_AUTH },
  'PUT /api/outreach/me/email': {
    call: (_f, a) => ({
      method: 'PUT',
      path: '/api/outreach/me/email',
      body: { address: `${a}@example.org` },
    }),
    expect: allAuth(409), // this app has no SMTP_URL and no catcher: it says so instead of storing an address it cannot verify
  },
  'DELETE /api/outreach/me/email': {
    call: () => ({ method: 'DELETE', path: '/api/outreach/me/email' }),
    expect: ALL_AUTH,
  },
  'PUT /api/outreach/me/preferences': {
    call: () => ({
      method: 'PUT',
      path: '/api/outreach/me/preferences',
      body: {
        preferences: [{ kind: 'herkenning', email: true, push: false, frequency: 'weekly' }],
        quietHours: null,
      },
    }),
    expect: ALL_AUTH,
  },
  // Single sign-on (sso.e2e-spec.ts runs the flow itself against a real provider)
  'GET /api/sso/discover': {
    call: () => ({ method: 'GET', path: '/api/sso/discover?organisation=geen-sso' }),
    expect: publicRoute(200),
  },
  'GET /api/sso/:slug/start': {
    call: () => ({ method: 'GET', path: '/api/sso/geen-sso/start' }),
    expect: publicRoute(404), // an HTML page: this organisation has no provider
  },
  'GET /api/sso/callback': {
    call: () => ({ method: 'GET', path: '/api/sso/callback?code=vals&state=vals' }),
    expect: publicRoute(400), // no log-in was started with this state in this browser
  },
  'GET /api/admin/sso': {
    call: () => ({ method: 'GET', path: '/api/admin/sso' }),
    expect: adminOnly(200),
  },
  'PUT /api/admin/sso': {
    call: () => ({
      method: 'PUT',
      path: '/api/admin/sso',
      body: {
        enabled: false,
        issuer: 'https://login.example.org/realms/medewerkers',
        clientId: 'spiegel',
        clientSecret: 'geheim',
        emailDomains: ['example.org'],
        mapping: { mode: 'invite_only', claim: null, adminValues: [], facilitatorValues: [] },
      },
    }),
    expect: adminOnly(200), // the other organisation's admin configures their own organisation only
  },
  'GET /api/outreach/verify': {
    call: () => ({ method: 'GET', path: '/api/outreach/verify?t=onbekend' }),
    expect: publicRoute(303),
  },
  'GET /api/outreach/unsubscribe': {
    call: (f) => ({
      method: 'GET',
      path: `/api/outreach/unsubscribe?t=${f.people.member.membershipId}.crisis.vals`,
    }),
    expect: publicRoute(404), // the signed token is the only authority; a forged one finds nothing
  },
  'POST /api/outreach/unsubscribe': {
    call: (f) => ({
      method: 'POST',
      path: `/api/outreach/unsubscribe?t=${f.people.member.membershipId}.crisis.vals`,
    }),
    expect: publicRoute(404),
  },
  'GET /api/outreach/deliveries': {
    call: () => ({ method: 'GET', path: '/api/outreach/deliveries' }),
    expect: adminOnly(200),
  },
  'GET /api/outreach/caught-mails': {
    call: () => ({ method: 'GET', path: '/api/outreach/caught-mails' }),
    expect: adminOnly(200),
  },
  'GET /api/outreach/caught-mails/:id/html': {
    call: (f) => ({ method: 'GET', path: `/api/outreach/caught-mails/${f.caughtMail}/html` }),
    expect: adminOnly(404), // the mail belongs to organisation A: another organisation's admin finds nothing
  },
  // Session reminders: one's own calendar feed; the feed itself by its secret link; the bounce webhook by its secret.
  'GET /api/outreach/me/calendar': {
    call: () => ({ method: 'GET', path: '/api/outreach/me/calendar' }),
    expect: ALL_AUTH,
  },
  'POST /api/outreach/me/calendar': {
    call: () => ({ method: 'POST', path: '/api/outreach/me/calendar' }),
    expect: allAuth(200),
  },
  'DELETE /api/outreach/me/calendar': {
    call: () => ({ method: 'DELETE', path: '/api/outreach/me/calendar' }),
    expect: ALL_AUTH,
  },
  'GET /api/outreach/calendar/:file': {
    call: () => ({ method: 'GET', path: `/api/outreach/calendar/${'x'.repeat(43)}.ics` }),
    expect: publicRoute(404), // the secret link is the only authority; a made-up one finds nothing
  },
  'POST /api/outreach/bounces': {
    call: () => ({
      method: 'POST',
      path: '/api/outreach/bounces',
      body: { recipient: 'a@example.org', permanent: true },
    }),
    expect: publicRoute(401), // only the mail provider, with BOUNCE_WEBHOOK_SECRET (not set here)
  },
  // Web push: one's own devices only.
  'GET /api/outreach/push': { call: () => ({ method: 'GET', path: '/api/outreach/push' }), expect: ALL_AUTH },
  'POST /api/outreach/push/devices': {
    call: (_f, a) => ({
      method: 'POST',
      path: '/api/outreach/push/devices',
      body: {
        endpoint: `https://push.example.org/matrix/${a}`,
        keys: { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) },
      },
    }),
    expect: allAuth(201),
  },
  'DELETE /api/outreach/push/devices/:id': {
    call: (f) => ({ method: 'DELETE', path: `/api/outreach/push/devices/${f.pushDevice}` }),
    expect: [401, 200, 404, 404, 401, 404, 404, 404], // only the person whose device it is
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
  // Check-ins from Na afloop: the alumnus's facilitators; participants (a peer mentor too) 403, other staff 404.
  'GET /api/nazorg/:membershipId/checkin': {
    call: (f) => ({ method: 'GET', path: `/api/nazorg/${f.mentor.membershipId}/checkin` }),
    expect: facilitatorsOnly(200, 404, 404),
  },
  'POST /api/nazorg/:membershipId/checkin': {
    call: (f) => ({
      method: 'POST',
      path: `/api/nazorg/${f.mentor.membershipId}/checkin`,
      body: { body: 'Hoi! Hoe gaat het met je?' },
    }),
    expect: facilitatorsOnly(201, 404, 404),
  },
  // A peer mentor's check-in from Mentoren: only the mentor of that active mentorship (`member` here);
  // the mentee, their facilitators and everyone else learn nothing.
  'GET /api/mentorships/:id/checkin': {
    call: (f) => ({ method: 'GET', path: `/api/mentorships/${f.mentorshipActive}/checkin` }),
    expect: [401, 200, 404, 404, 401, 404, 404, 404],
  },
  'POST /api/mentorships/:id/checkin': {
    call: (f) => ({
      method: 'POST',
      path: `/api/mentorships/${f.mentorshipActive}/checkin`,
      body: { body: 'Hoi! Hoe gaat het met je?' },
    }),
    expect: [401, 201, 404, 404, 401, 404, 404, 404],
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
    expect: facilitatorsOnly(204, 404, 404), // only a facilitator of a traject the person took part in
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
  // Research: one's own questionnaire moments and consent; figures for admins and researchers; the export for researchers
  'GET /api/research/me': { call: () => ({ method: 'GET', path: '/api/research/me' }), expect: ALL_AUTH },
  'POST /api/research/me/answers': {
    call: (f) => ({
      method: 'POST',
      path: '/api/research/me/answers',
      body: { enrolmentId: f.enrolment, moment: 't0', answers: Array(14).fill(3) },
    }),
    expect: [401, 201, 404, 404, 401, 404, 404, 404], // only the member's own enrolment, T0 open
  },
  'POST /api/research/me/skip': {
    call: (f) => ({
      method: 'POST',
      path: '/api/research/me/skip',
      body: { enrolmentId: f.enrolment, moment: 'plus3m' },
    }),
    expect: [401, 204, 404, 404, 401, 404, 404, 404],
  },
  'PUT /api/research/me/stopped': {
    call: () => ({ method: 'PUT', path: '/api/research/me/stopped', body: { stopped: true } }),
    expect: ALL_AUTH,
  },
  'PUT /api/research/me/consent': {
    call: () => ({
      method: 'PUT',
      path: '/api/research/me/consent',
      body: { answers: true, phaseTimeline: true, phaseTags: false, letterVersion: '2026-1' },
    }),
    expect: ALL_AUTH,
  },
  'GET /api/research/herstel': {
    call: () => ({ method: 'GET', path: '/api/research/herstel' }),
    expect: adminOnly(200),
  },
  'GET /api/research/export': {
    call: () => ({ method: 'GET', path: '/api/research/export' }),
    expect: adminOnly(403), // admins included: the export is the researcher's
  },
  // The coding workbench: a coder's own next text and code; rounds for staff and researchers; figures for
  // admins and researchers; disagreements for admins and facilitators; the export of codes for admins
  'GET /api/research/coding/me': {
    call: () => ({ method: 'GET', path: '/api/research/coding/me' }),
    expect: ALL_AUTH,
  },
  'PUT /api/research/coding/me/:assignmentId': {
    call: (f) => ({
      method: 'PUT',
      path: `/api/research/coding/me/${f.codingAssignment}`,
      body: { label: 'herkenning' },
    }),
    expect: [401, 404, 404, 404, 401, 200, 404, 404], // only hostHere's own open code
  },
  'GET /api/research/coding/studies': {
    call: () => ({ method: 'GET', path: '/api/research/coding/studies' }),
    expect: facilitatorsOnly(200, 200, 200),
  },
  'POST /api/research/coding/studies': {
    call: () => ({ method: 'POST', path: '/api/research/coding/studies', body: { name: 'Ronde', size: 10 } }),
    expect: adminOnly(409), // organisation B has nothing to code yet
  },
  'GET /api/research/coding/studies/:studyId/results': {
    call: (f) => ({ method: 'GET', path: `/api/research/coding/studies/${f.codingStudyDone}/results` }),
    expect: adminOnly(404),
  },
  'GET /api/research/coding/studies/:studyId/disagreements': {
    call: (f) => ({
      method: 'GET',
      path: `/api/research/coding/studies/${f.codingStudyDone}/disagreements`,
    }),
    expect: facilitatorsOnly(200, 200, 404),
  },
  'GET /api/research/coding/studies/:studyId/export.csv': {
    call: (f) => ({ method: 'GET', path: `/api/research/coding/studies/${f.codingStudyDone}/export.csv` }),
    expect: adminOnly(404),
  },
};

let t: TestApp;

/** Access-log entries by this person that carry the caller's address. */
async function accessLogEntriesBy(membershipId: string): Promise<number> {
  const rows = await t.ds.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM audit_events WHERE actor_membership_id = $1 AND ip IS NOT NULL`,
    [membershipId],
  );
  return rows[0]!.n;
}
/** How many refused changes (REST cells and socket events) were checked for an unchanged database. */
let refusedChecked = 0;

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
    onderzoeker: await buildMember(ds, a.id, 'onderzoeker', { displayName: 'Onderzoeker A' }),
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
        `INSERT INTO room_members (room_id, membership_id, organisation_id, status, end_reason, ended_by)
         VALUES ($1, $2, $3, $4::text, CASE WHEN $4::text = 'removed' THEN 'removed' END, CASE WHEN $4::text = 'removed' THEN $5::uuid END)`,
        [id, m.membershipId, a.id, status[m.membershipId] ?? 'active', admin.membershipId],
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
  const mentorshipActive = newId();
  await q(
    `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status) VALUES ($1, $2, $3, $4, 'active')`,
    [mentorshipActive, a.id, people.member.membershipId, mentor.membershipId],
  );
  const [n] = await q(
    `INSERT INTO notifications (organisation_id, recipient_membership_id, kind) VALUES ($1, $2, 'system') RETURNING id`,
    [a.id, people.member.membershipId],
  );
  const crisisCase = newId();
  await q(
    `INSERT INTO crisis_cases (id, organisation_id, room_id, contribution_id, author_membership_id, severity, alerted)
     VALUES ($1, $2, $3, $4, $5, 'concern', $6::uuid[])`,
    [crisisCase, a.id, g, message, people.member.membershipId, [people.hostHere.membershipId]],
  );
  const [mail] = await q(
    `INSERT INTO outreach_caught_mails (organisation_id, to_address, subject, text, html) VALUES ($1, 'a@example.org', 'Onderwerp', 'tekst', '<p>html</p>') RETURNING id`,
    [a.id],
  );
  const pushDevice = newId();
  await q(
    `INSERT INTO outreach_push_subscriptions (id, membership_id, organisation_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, 'https://push.example.org/matrix-fixture', $4, $5)`,
    [pushDevice, people.member.membershipId, a.id, `B${'A'.repeat(86)}`, 'A'.repeat(22)],
  );
  // Coding rounds: the member gives research consent for phase tags; hostHere has one open code in the
  // first round; in the second both codes are in and differ.
  await q(
    `INSERT INTO research_participants (membership_id, organisation_id, study_id, consent_phase_tags, letter_version, consent_given_at)
     VALUES ($1, $2, 'S-MATRIX0001', true, '2026-1', now())`,
    [people.member.membershipId, a.id],
  );
  const codingStudy = newId();
  const codingStudyDone = newId();
  const codingAssignment = newId();
  for (const [study, name] of [
    [codingStudy, 'Ronde 1'],
    [codingStudyDone, 'Ronde 0'],
  ] as const) {
    await q(
      `INSERT INTO coding_studies (id, organisation_id, name, created_by_membership_id) VALUES ($1, $2, $3, $4)`,
      [study, a.id, name, admin.membershipId],
    );
    await q(
      `INSERT INTO coding_study_coders (study_id, membership_id, code) VALUES ($1, $2, 'C1'), ($1, $3, 'C2')`,
      [study, people.hostHere.membershipId, mentor.membershipId],
    );
    const item = newId();
    await q(
      `INSERT INTO coding_items (id, study_id, organisation_id, contribution_id, classifier_label, position) VALUES ($1, $2, $3, $4, 'herkenning', 1)`,
      [item, study, a.id, study === codingStudy ? message : story],
    );
    const done = study === codingStudyDone;
    await q(
      `INSERT INTO coding_codes (id, item_id, study_id, coder_membership_id, label, coded_at)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $5::text IS NULL THEN NULL ELSE now() END), ($6, $2, $3, $7, $8, now())`,
      [
        done ? newId() : codingAssignment,
        item,
        study,
        people.hostHere.membershipId,
        done ? 'projectie' : null,
        newId(),
        mentor.membershipId,
        'herkenning',
      ],
    );
  }
  const inviteCode = `matrix-${newId()}`;
  const invitationA = newId();
  const { sha256Hex } = await import('../../src/common/crypto.js');
  await q(
    `INSERT INTO invitations (id, organisation_id, code_hash, code_prefix, role, created_by_membership_id, expires_at, max_uses) VALUES ($1, $2, $3, 'matr', 'participant', $4, now() + interval '1 day', 100)`,
    [invitationA, a.id, sha256Hex(inviteCode), admin.membershipId],
  );
  return {
    orgA: a.id,
    admin,
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
    mentorshipActive,
    notification: String(n.id),
    caughtMail: String(mail.id),
    pushDevice,
    directInvite,
    invitationA,
    invitationCode: inviteCode,
    crisisCase,
    codingStudy,
    codingAssignment,
    codingStudyDone,
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
  // The figure docs/reliability.md quotes.
  process.stderr.write(
    `authorisation matrix: ${refusedChecked} refused changes left the database unchanged\n`,
  );
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
      const expected = [...matrix[key]!.expect, researcherCell(key, matrix[key]!.expect)];
      const got: Record<string, number> = {};
      // A refused change writes nothing: every table byte-for-byte the same before and after.
      const wrote: Record<string, string[]> = {};
      // A personal-data route (its @PersonalData metadata, not a list here) logs every staff read (NEN 7513).
      const personal = restRoutes(t.app).find((r) => r.key === key)?.personalData?.kind === 'personal';
      const unlogged: string[] = [];
      for (const [i, actor] of ACTORS.entries()) {
        const { method, path, body } = matrix[key]!.call(f, actor);
        const refusedChange = method !== 'GET' && expected[i]! >= 400;
        const before = refusedChange ? await snapshotDatabase(t.ds) : null;
        const staff = actor === 'hostHere' || actor === 'hostOther' || actor === 'adminOther';
        const logged = personal && staff ? await accessLogEntriesBy(f.people[actor].membershipId) : 0;
        const res = await cs[actor].request(method, path, method === 'GET' ? undefined : (body ?? {}));
        got[actor] = res.status;
        if (
          personal &&
          staff &&
          res.status < 300 &&
          (await accessLogEntriesBy(f.people[actor].membershipId)) <= logged
        )
          unlogged.push(actor);
        if (res.status >= 400 && res.status !== expected[i]) {
          got[`${actor}:why`] = (res.body as { code?: string })?.code as unknown as number;
        }
        if (before) {
          const changed = changedTables(before, await snapshotDatabase(t.ds));
          if (changed.length) wrote[actor] = changed;
        }
        refusedChecked += refusedChange ? 1 : 0;
      }
      const want = Object.fromEntries(ACTORS.map((a, i) => [a, expected[i]]));
      expect(Object.fromEntries(ACTORS.map((a) => [a, got[a]]))).toEqual(want);
      expect(wrote).toEqual({});
      expect(unlogged).toEqual([]);
    },
    60_000,
  );
});

/** SECURITY.md's "who can do what" is rendered from this matrix; `pnpm security:render` rewrites it. */
const SECURITY_MD = new URL('../../../../SECURITY.md', import.meta.url);
const START = '<!-- authorisation-matrix:start (generated by pnpm security:render; do not edit) -->';
const END = '<!-- authorisation-matrix:end -->';

function cell(status: number): string {
  if (status < 300) return 'yes';
  if (status === 401) return 'no session';
  if (status === 404) return 'hidden (404)';
  if (status === 403) return 'no (403)';
  return `allowed, refused by a rule (${status})`;
}

function renderMatrix(): string {
  const routes = new Map(restRoutes(t.app).map((r) => [r.key, r]));
  const head = [
    'route',
    'roles',
    'access log',
    'anonymous',
    'participant in the group',
    'participant elsewhere',
    'removed from the group',
    'revoked session',
    'facilitator of the group',
    'facilitator elsewhere',
    'admin of another organisation',
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const key of Object.keys(matrix).sort()) {
    const r = routes.get(key);
    const roles = r?.public ? 'public' : r?.roles ? r.roles.join(', ') : 'any member';
    const logged = r?.personalData?.kind === 'personal' ? `staff reads: \`${r.personalData.action}\`` : '';
    lines.push(`| \`${key}\` | ${roles} | ${logged} | ${matrix[key]!.expect.map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

describe('SECURITY.md', () => {
  it('should hold the role table rendered from this matrix (pnpm security:render updates it)', () => {
    const text = readFileSync(SECURITY_MD, 'utf8');
    const from = text.indexOf(START);
    const to = text.indexOf(END);
    expect(from).toBeGreaterThan(-1);
    expect(to).toBeGreaterThan(from);
    const rendered = `${START}\n${renderMatrix()}\n${END}`;
    if (process.env.UPDATE_SECURITY_MD === '1')
      writeFileSync(SECURITY_MD, text.slice(0, from) + rendered + text.slice(to + END.length));
    else expect(text.slice(from, to + END.length)).toBe(rendered);
  });
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

  it('should refuse the handshake of a researcher: no rooms, no live channel', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const cs = await clients(f);
    await expect(connected(cs.onderzoeker, 2000)).rejects.toThrow('FORBIDDEN');
  });

  it.each(Object.keys(events))('%s', async (event) => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const cs = await clients(f);
    const got: string[] = [];
    const wrote: Record<string, string[]> = {};
    for (const actor of SOCKET_ACTORS) {
      const s = await connected(cs[actor]);
      const before = await snapshotDatabase(t.ds);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- one loop over differently typed events
      const ack = await (s as any).timeout(3000).emitWithAck(event, events[event]!.payload(f));
      if (!ack.ok) {
        // A refused event writes nothing either.
        const changed = changedTables(before, await snapshotDatabase(t.ds));
        if (changed.length) wrote[actor] = changed;
        refusedChecked++;
      }
      if (!ack.ok) got.push(ack.error.code);
      else if (event === 'catchup')
        got.push(
          `ok:${ack.data.rooms.reduce((n: number, r: { items: unknown[] }) => n + r.items.length, 0)}`,
        );
      else got.push('ok');
    }
    expect(got).toEqual(events[event]!.expect);
    expect(wrote).toEqual({});
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

  it('should send case events (server → client) only to staff who may see the case', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const cs = await clients(f);
    const sockets = Object.fromEntries(
      await Promise.all(SOCKET_ACTORS.map(async (a) => [a, await connected(cs[a])] as const)),
    );
    const seen = Object.fromEntries(SOCKET_ACTORS.map((a) => [a, record(sockets[a]!, 'case:changed')]));
    const sent = await sockets.member!.timeout(3000).emitWithAck('contribution:send', {
      clientId: newId(),
      roomId: f.g,
      kind: 'message',
      body: 'Ik wil er niet meer zijn.',
    });
    expect(sent.ok && sent.data.crisis).not.toBe('none');
    await waitFor(() => seen.hostHere!.length > 0, 5000, 'the room’s facilitator to see the case open');
    await sleep(200);
    // The author, other participants, a facilitator of another group and another organisation's admin: nothing.
    expect(Object.fromEntries(SOCKET_ACTORS.map((a) => [a, seen[a]!.length]))).toEqual({
      member: 0,
      nonMember: 0,
      removed: 0,
      hostHere: 1,
      hostOther: 0,
      adminOther: 0,
    });
  });
});

/**
 * Sequences of steps, as a probe from outside would try them: a single request per cell (above) cannot
 * show that a removal is undone by a later self-service step, or that an open socket keeps a stale role.
 */
describe('stateful sequences', () => {
  const login = async (m: TestMember, app: TestApp = t) => {
    const c = new TestClient(app.url, app.origin);
    expect((await c.login(m.login, TEST_PASSWORD)).status).toBe(200);
    return c;
  };
  const endRecord = async (roomId: string, membershipId: string) =>
    (
      await t.ds.query<
        { status: string; end_reason: string | null; ended_by: string | null; restored_by: string | null }[]
      >(
        `SELECT status, end_reason, ended_by, restored_by FROM room_members WHERE room_id = $1 AND membership_id = $2`,
        [roomId, membershipId],
      )
    )[0];

  it('should keep a member removed by staff out after consent, and let only staff restore them', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const host = await login(f.people.hostHere);
    const member = await login(f.people.member);
    expect((await host.delete(`/api/rooms/${f.g}/members/${f.people.member.membershipId}`)).status).toBe(204);
    expect(await endRecord(f.g, f.people.member.membershipId)).toEqual({
      status: 'removed',
      end_reason: 'removed',
      ended_by: f.people.hostHere.membershipId,
      restored_by: null,
    });
    // Every self-service path back in: consent (twice, with and without follow-up), joining, reading.
    for (const followUp of [true, false]) {
      const consent = await member.post(`/api/enrolments/${f.enrolment}/consent`, { agree: true, followUp });
      expect(consent.status).toBe(200);
    }
    expect((await member.post(`/api/rooms/${f.g}/join`)).status).toBe(404);
    expect((await member.get(`/api/rooms/${f.g}/contributions`)).status).toBe(404);
    expect((await member.get(`/api/rooms/${f.g}`)).status).toBe(404);
    const s = await connected(member);
    const ack = await s.timeout(3000).emitWithAck('catchup', { rooms: [{ roomId: f.g, afterSeq: 0 }] });
    expect(ack.ok && ack.data.rooms.flatMap((r: { items: ContributionView[] }) => r.items)).toEqual([]);
    expect((await endRecord(f.g, f.people.member.membershipId))?.status).toBe('removed');
    // The database refuses a reactivation that does not name the staff member who restores it.
    await expect(
      t.ds.query(
        `UPDATE room_members SET status = 'active', end_reason = NULL WHERE room_id = $1 AND membership_id = $2`,
        [f.g, f.people.member.membershipId],
      ),
    ).rejects.toThrow(/only staff restore it/);
    // Staff restore it, and that is recorded.
    expect(
      (await host.post(`/api/rooms/${f.g}/members`, { memberIds: [f.people.member.membershipId] })).status,
    ).toBe(201);
    expect(await endRecord(f.g, f.people.member.membershipId)).toMatchObject({
      status: 'active',
      end_reason: null,
      restored_by: f.people.hostHere.membershipId,
    });
    expect((await member.get(`/api/rooms/${f.g}/contributions`)).status).toBe(200);
  });

  it('should not let someone removed from an open room join it again by themselves', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const host = await login(f.people.hostHere);
    const member = await login(f.people.member);
    expect((await host.post(`/api/rooms/${f.community}/join`)).status).toBe(201);
    expect((await member.post(`/api/rooms/${f.community}/join`)).status).toBe(201);
    expect(
      (await host.delete(`/api/rooms/${f.community}/members/${f.people.member.membershipId}`)).status,
    ).toBe(204);
    const before = await snapshotDatabase(t.ds);
    expect((await member.post(`/api/rooms/${f.community}/join`)).status).toBe(403);
    expect(changedTables(before, await snapshotDatabase(t.ds))).toEqual([]);
    expect((await member.get(`/api/rooms/${f.community}/contributions`)).status).toBe(404);
    // Leaving by oneself is different: joining again is fine.
    expect((await host.post(`/api/rooms/${f.community}/leave`)).status).toBe(204);
    expect((await host.post(`/api/rooms/${f.community}/join`)).status).toBe(201);
    expect(await endRecord(f.community, f.people.hostHere.membershipId)).toMatchObject({ status: 'active' });
  });

  it('should end every room membership, recorded as a staff decision, when someone leaves the organisation', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const admin = await login(f.admin);
    expect((await admin.delete(`/api/admin/members/${f.people.member.membershipId}`)).status).toBe(204);
    const rows = await t.ds.query<{ status: string; end_reason: string; ended_by: string }[]>(
      `SELECT status, end_reason, ended_by FROM room_members WHERE membership_id = $1`,
      [f.people.member.membershipId],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(r).toEqual({
        status: 'removed',
        end_reason: 'organisation_removed',
        ended_by: f.admin.membershipId,
      });
  });

  it('should keep everyone but its two people out of a 1:1 conversation, admins included, and write nothing', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const admin = await login(f.admin);
    const member = await login(f.people.member);
    // The fixture's 1:1 request from nonMember to member, accepted: a conversation of those two.
    const dm = f.directInvite;
    expect((await member.post(`/api/direct/${dm}/accept`)).status).toBe(204);
    const said = await member.post(`/api/rooms/${dm}/contributions`, {
      clientId: newId(),
      kind: 'message',
      body: 'Alleen voor jou',
    });
    expect(said.status).toBe(201);
    const attempts: [TestClient, string, string, unknown, number][] = [
      [admin, 'POST', `/api/rooms/${dm}/members`, { memberIds: [f.admin.membershipId] }, 404],
      [admin, 'POST', `/api/rooms/${dm}/members`, { memberIds: [f.people.hostHere.membershipId] }, 404],
      [admin, 'PATCH', `/api/rooms/${dm}`, { name: 'Van mij' }, 404],
      [admin, 'PUT', `/api/rooms/${dm}/agreements`, { text: 'Regels' }, 404],
      [admin, 'DELETE', `/api/rooms/${dm}/members/${f.people.member.membershipId}`, undefined, 404],
      [admin, 'POST', `/api/rooms/${dm}/join`, {}, 404],
      [admin, 'POST', `/api/direct/${dm}/accept`, {}, 404],
      [admin, 'GET', `/api/rooms/${dm}`, undefined, 404],
      [admin, 'GET', `/api/rooms/${dm}/contributions`, undefined, 404],
      [admin, 'GET', `/api/insight/rooms/${dm}/dashboard`, undefined, 404],
      [member, 'POST', `/api/rooms/${dm}/members`, { memberIds: [f.people.hostHere.membershipId] }, 403],
      [member, 'PATCH', `/api/rooms/${dm}`, { name: 'Ons gesprek' }, 403],
      [member, 'DELETE', `/api/rooms/${dm}/members/${f.people.nonMember.membershipId}`, undefined, 403],
    ];
    const got: string[] = [];
    for (const [client, method, path, body, status] of attempts) {
      const before = await snapshotDatabase(t.ds);
      const res = await client.request(method, path, method === 'GET' ? undefined : (body ?? {}));
      const changed = changedTables(before, await snapshotDatabase(t.ds));
      if (res.status !== status || changed.length)
        got.push(`${method} ${path}: ${res.status} ${changed.join(',')}`);
    }
    expect(got).toEqual([]);
    const s = await connected(admin);
    const ack = await s.timeout(3000).emitWithAck('catchup', { rooms: [{ roomId: dm, afterSeq: 0 }] });
    expect(ack.ok && ack.data.rooms.flatMap((r: { items: ContributionView[] }) => r.items)).toEqual([]);
    const people = await t.ds.query<{ membership_id: string }[]>(
      `SELECT membership_id FROM room_members WHERE room_id = $1 ORDER BY membership_id`,
      [dm],
    );
    expect(people.map((p) => p.membership_id)).toEqual(
      [f.people.member.membershipId, f.people.nonMember.membershipId].sort(),
    );
  });

  it('should let an admin who is not in a group room manage it, answering with the room (no write-then-404)', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const admin = await login(f.admin);
    const renamed = await admin.patch(`/api/rooms/${f.g}`, { name: 'Groep G, dinsdag' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Groep G, dinsdag', you: { canManage: true } });
    const added = await admin.post(`/api/rooms/${f.g}/members`, {
      memberIds: [f.people.nonMember.membershipId],
    });
    expect(added.status).toBe(201);
    // Managing is not reading: the admin is still not a member and reads nothing.
    expect((await admin.get(`/api/rooms/${f.g}/contributions`)).status).toBe(404);
  });

  it('should take a demoted facilitator out of the staff channels on every instance within a second', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const b = await startTestApp({ SEND_LIMIT_PER_USER: '10000', SEND_LIMIT_PER_ROOM: '10000' });
    try {
      await sleep(300); // the adapters subscribe asynchronously
      const admin = await login(f.admin);
      const hostOnB = await login(f.people.hostHere, b);
      const memberOnA = await login(f.people.member);
      const memberSocket = await connected(memberOnA);
      const old = await connected(hostOnB);
      const gone = new Promise<string>((resolve) => old.once('disconnect', resolve));
      const started = Date.now();
      expect(
        (await admin.patch(`/api/admin/members/${f.people.hostHere.membershipId}`, { role: 'participant' }))
          .status,
      ).toBe(204);
      await expect(Promise.race([gone, sleep(1000).then(() => 'still connected')])).resolves.toBe(
        'io server disconnect',
      );
      const tookMs = Date.now() - started;
      // Reconnected (as the web app does by itself), the socket follows the current role.
      const fresh = await connected(hostOnB);
      const seen = record(fresh, 'contribution:new');
      const insight = record(fresh, 'insight:session');
      const sent = await memberSocket.timeout(3000).emitWithAck('contribution:send', {
        clientId: newId(),
        roomId: f.g,
        kind: 'message',
        body: 'Ik dacht dat ik de enige was die zich zo voelde',
      });
      expect(sent.ok).toBe(true);
      await waitFor(() => seen.length > 0, 5000, 'the contribution on the other instance');
      await sleep(300);
      expect(seen.every((c) => c.phaseTag === undefined && c.crisis === undefined)).toBe(true);
      expect(insight).toEqual([]);
      const catchup = await fresh
        .timeout(3000)
        .emitWithAck('catchup', { rooms: [{ roomId: f.g, afterSeq: 0 }] });
      const items = catchup.ok
        ? catchup.data.rooms.flatMap((r: { items: ContributionView[] }) => r.items)
        : [];
      expect(items.length).toBeGreaterThan(0);
      expect(
        items.filter(
          (c: ContributionView) =>
            c.phaseTag !== undefined && c.author.membershipId !== f.people.hostHere.membershipId,
        ),
      ).toEqual([]);
      process.stderr.write(`demotion reached the socket on the other instance in ${tookMs} ms\n`);
    } finally {
      closeAllSockets();
      await b.close();
    }
  });

  it('should stop a room on the removed member’s socket on another instance within a second', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const b = await startTestApp({ SEND_LIMIT_PER_USER: '10000', SEND_LIMIT_PER_ROOM: '10000' });
    try {
      await sleep(300);
      const host = await login(f.people.hostHere);
      const hostSocket = await connected(host);
      const memberOnB = await connected(await login(f.people.member, b));
      const removed = new Promise<unknown>((resolve) => memberOnB.once('room:removed', resolve));
      const seen = record(memberOnB, 'contribution:new');
      expect((await host.delete(`/api/rooms/${f.g}/members/${f.people.member.membershipId}`)).status).toBe(
        204,
      );
      await expect(Promise.race([removed, sleep(1000).then(() => 'late')])).resolves.toEqual({ roomId: f.g });
      await hostSocket.timeout(3000).emitWithAck('contribution:send', {
        clientId: newId(),
        roomId: f.g,
        kind: 'message',
        body: 'Na het vertrek',
      });
      await sleep(500);
      expect(seen).toEqual([]);
    } finally {
      closeAllSockets();
      await b.close();
    }
  });
});

describe('jobs an admin starts', () => {
  it('should run completion for the admin’s own organisation only and report only its figures', async () => {
    await resetDatabase(t.ds);
    const f = await sqlFixture(t.ds);
    const orgB = f.people.adminOther.organisationId;
    const due = async (organisationId: string, participant: TestMember) => {
      const room = newId();
      const traject = newId();
      await t.ds.query(
        `INSERT INTO rooms (id, organisation_id, kind, name) VALUES ($1, $2, 'group', 'Voorbij')`,
        [room, organisationId],
      );
      await t.ds.query(
        `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id) VALUES ($1, $2, 'Voorbij', '2025-01-01', '2025-02-01', $3)`,
        [traject, organisationId, room],
      );
      await t.ds.query(
        `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, consent_at, consent_follow_up) VALUES ($1, $2, $3, $4, 'active', now(), true)`,
        [newId(), traject, participant.membershipId, organisationId],
      );
      return traject;
    };
    const inA = await due(f.orgA, f.people.nonMember);
    const inB = await due(orgB, await buildMember(t.ds, orgB, 'participant'));
    const completed = async (id: string) =>
      (
        await t.ds.query<{ c: boolean }[]>(
          `SELECT completed_at IS NOT NULL AS c FROM trajecten WHERE id = $1`,
          [id],
        )
      )[0]!.c;
    const adminA = new TestClient(t.url, t.origin);
    await adminA.login(f.admin.login, TEST_PASSWORD);
    const run = await adminA.post<{ completedTrajecten: number; computed: number }>('/api/nazorg/run');
    expect(run.status).toBe(200);
    expect(run.body.completedTrajecten).toBe(1);
    expect([await completed(inA), await completed(inB)]).toEqual([true, false]);
    const adminB = new TestClient(t.url, t.origin);
    await adminB.login(f.people.adminOther.login, TEST_PASSWORD);
    const runB = await adminB.post<{ completedTrajecten: number; computed: number }>('/api/nazorg/run');
    expect(runB.body.completedTrajecten).toBe(1);
    expect(await completed(inB)).toBe(true);
  });
});
