import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DeliveryOverview, OutreachSettingsView } from '@spiegel/domain';
import { NotificationsService } from '../../src/modules/notifications/notifications.service.js';
import { DELIVERY_HEADER } from '../../src/modules/outreach/mail-transport.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom } from '../support/room-fixtures.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { sleep, waitFor } from '../support/sockets.js';
import { CRISIS_TEXT, OUTREACH_ENV, resetOutreach } from '../support/outreach-harness.js';
import { loggedIn, startTestApp, type TestApp, type TestClient } from '../support/test-app.js';

const ENV = { ...OUTREACH_ENV, OUTREACH_RETRY_LIMIT: '20' };

let sink: SmtpSink;
let t: TestApp;
let orgId: string;
let admin: TestMember;
let host: TestMember;
let sanne: TestMember;
let roomId: string;

const clientFor = (m: TestMember): Promise<TestClient> => loggedIn(t, m);

/** Sets an address through the API and follows the link in the verification mail. */
async function verifiedAddress(m: TestMember, address: string): Promise<void> {
  const c = await clientFor(m);
  const set = await c.request<OutreachSettingsView>('PUT', '/api/outreach/me/email', { address });
  expect(set.status).toBe(200);
  expect(set.body.email).toEqual({ address, verified: false, unverifiedReason: null });
  await waitFor(
    () => sink.to(address).some((x) => x.subject === 'Klopt dit e-mailadres?'),
    10_000,
    'verification mail',
  );
  const mail = sink.to(address).find((x) => x.subject === 'Klopt dit e-mailadres?')!;
  const link = /https?:\/\/\S+\/api\/outreach\/verify\?t=[\w-]+/.exec(mail.text)![0];
  const res = await fetch(`${t.url}${new URL(link).pathname}${new URL(link).search}`, { redirect: 'manual' });
  expect(res.status).toBe(303);
  expect(res.headers.get('location')).toBe('/account?e-mail=bevestigd');
  expect((await c.get<OutreachSettingsView>('/api/outreach/me')).body.email?.verified).toBe(true);
}

function notifyCrisis(): Promise<void> {
  return t.app.get(NotificationsService).notify({
    organisationId: orgId,
    recipients: [host.membershipId],
    kind: 'crisis_alert',
    roomId,
    contributionId: null,
    actorMembershipId: sanne.membershipId,
    data: { severity: 'high' },
  });
}

async function deliveryRows(): Promise<{ status: string; attempts: number }[]> {
  return t.ds.query(
    `SELECT status, attempts FROM outreach_deliveries WHERE kind <> 'verification' ORDER BY created_at`,
  );
}

beforeAll(async () => {
  sink = await new SmtpSink().start();
  t = await startTestApp({ ...ENV, SMTP_URL: sink.url, MAIL_FROM: 'Spiegel <spiegel@spiegel.test>' });
});
afterAll(async () => {
  await t.close();
  await sink.stop();
});
beforeEach(async () => {
  await resetOutreach(t);
  sink.mails.length = 0;
  sink.bounce.clear();
  const org = await buildOrganisation(t.ds, 'Herstelacademie Oost');
  orgId = org.id;
  admin = await buildMember(t.ds, orgId, 'admin');
  host = await buildMember(t.ds, orgId, 'facilitator');
  sanne = await buildMember(t.ds, orgId, 'participant');
  roomId = (await buildRoom(t.ds, orgId, [host.membershipId, sanne.membershipId])).id;
});

describe('e-mail address', () => {
  it.each([
    ['not an address', 'geen-adres'],
    ['two at signs', 'a@@b.nl'],
    ['too long', `${'a'.repeat(200)}@b.nl`],
    ['not a string', 42],
  ])('should refuse %s with 400 and a message', async (_name, address) => {
    const c = await clientFor(sanne);
    const res = await c.request<{ message: string }>('PUT', '/api/outreach/me/email', { address });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toMatch(/address/);
    expect(await t.ds.query(`SELECT 1 FROM outreach_email_addresses`)).toHaveLength(0);
  });

  it('should send nothing but the verification link to an unverified address', async () => {
    const c = await clientFor(host);
    expect((await c.request('PUT', '/api/outreach/me/email', { address: 'ruben@example.org' })).status).toBe(
      200,
    );
    await notifyCrisis();
    await waitFor(() => sink.mails.length >= 1, 10_000, 'verification mail');
    await sleep(1500);
    expect(sink.mails.map((m) => m.subject)).toEqual(['Klopt dit e-mailadres?']);
    expect(await deliveryRows()).toHaveLength(0);
  });

  it('should refuse a wrong verification token without verifying anything', async () => {
    const res = await fetch(`${t.url}/api/outreach/verify?t=nietgeldig`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/account?e-mail=ongeldig');
  });
});

describe('a crisis alert by e-mail', () => {
  it('should mail staff by default: calm wording, no contents, one-click unsubscribe headers', async () => {
    await verifiedAddress(host, 'ruben@example.org');
    const sc = await clientFor(sanne);
    const sent = await sc.post<{ crisis: string }>(`/api/rooms/${roomId}/contributions`, {
      clientId: crypto.randomUUID(),
      kind: 'message',
      body: CRISIS_TEXT,
    });
    expect(sent.status).toBe(201);
    expect(sent.body.crisis).not.toBe('none');
    await waitFor(() => sink.to('ruben@example.org').length === 2, 10_000, 'alert mail');
    const mail = sink.to('ruben@example.org')[1]!;
    expect(mail.subject).toBe('Een bericht in Groep Voorjaar vraagt aandacht');
    expect(mail.text).toContain(`http://spiegel.test/ruimtes/${roomId}`);
    expect(mail.text).not.toContain('pillen');
    expect(mail.html).not.toContain('pillen');
    expect(mail.html).toContain('lang="nl"');
    const unsubscribe = String(mail.header('List-Unsubscribe'));
    expect(unsubscribe).toMatch(/^<http:\/\/spiegel\.test\/api\/outreach\/unsubscribe\?t=[\w.-]+>$/);
    expect(mail.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // RFC 8058: the mail provider posts, without cookies or CSRF token.
    const url = new URL(unsubscribe.slice(1, -1));
    const res = await fetch(`${t.url}${url.pathname}${url.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Je bent afgemeld');
    const c = await clientFor(host);
    const prefs = (await c.get<OutreachSettingsView>('/api/outreach/me')).body.preferences;
    expect(prefs.find((p) => p.kind === 'crisis')?.email).toBe(false);
    expect(prefs.find((p) => p.kind === 'crisis')?.push).toBe(true);

    await notifyCrisis();
    await sleep(1500);
    expect(sink.to('ruben@example.org')).toHaveLength(2);
  });

  it('should refuse an unsubscribe token that was tampered with', async () => {
    await verifiedAddress(host, 'ruben@example.org');
    const bad = `${host.membershipId}.crisis.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    const res = await fetch(`${t.url}/api/outreach/unsubscribe?t=${bad}`, { method: 'POST' });
    expect(res.status).toBe(404);
    const get = await fetch(`${t.url}/api/outreach/unsubscribe?t=${bad}`);
    expect(get.status).toBe(404);
  });

  it('should keep retrying while the mail server is down, show the backlog, and send exactly one mail once it is back', async () => {
    await verifiedAddress(host, 'ruben@example.org');
    const port = sink.port;
    await sink.stop();
    await notifyCrisis();
    let rows: { status: string; attempts: number }[] = [];
    for (let i = 0; i < 40; i++) {
      rows = await deliveryRows();
      if (rows[0] && rows[0].attempts >= 2) break;
      await sleep(250);
    }
    expect(rows).toEqual([{ status: 'retrying', attempts: expect.any(Number) }]);
    expect(rows[0]!.attempts).toBeGreaterThanOrEqual(2);

    const adminClient = await clientFor(admin);
    const overview = await adminClient.get<DeliveryOverview>('/api/outreach/deliveries');
    expect(overview.status).toBe(200);
    expect(overview.body.backlog).toBe(1);
    expect(overview.body.deliveries[0]).toMatchObject({
      status: 'retrying',
      kind: 'crisis',
      channel: 'email',
    });
    expect(overview.body.deliveries[0]!.lastError).toMatch(/ECONNREFUSED|ESOCKET|ETIMEDOUT/);

    sink.mails.length = 0;
    await sink.start(port);
    await waitFor(() => sink.mails.length === 1, 20_000, 'the mail after the server came back');
    await sleep(2000);
    expect(sink.mails).toHaveLength(1);
    expect((await deliveryRows())[0]!.status).toBe('sent');
    expect((await adminClient.get<DeliveryOverview>('/api/outreach/deliveries')).body.backlog).toBe(0);
  });

  it('should lose nothing and send each mail once when the server goes away during a batch and comes back on its port', async () => {
    // Ten staff with verified addresses (crisis alerts by e-mail is the staff default).
    const staff: TestMember[] = [];
    for (let i = 0; i < 10; i++) {
      const m = await buildMember(t.ds, orgId, 'facilitator');
      await t.ds.query(
        `INSERT INTO outreach_email_addresses (membership_id, organisation_id, address, locale, verified_at, unsubscribe_secret)
         VALUES ($1, $2, $3, 'nl', now(), md5(random()::text))`,
        [m.membershipId, orgId, `staf${i}@example.org`],
      );
      staff.push(m);
    }
    const alert = () =>
      t.app.get(NotificationsService).notify({
        organisationId: orgId,
        recipients: staff.map((m) => m.membershipId),
        kind: 'crisis_alert',
        roomId,
        actorMembershipId: sanne.membershipId,
      });
    // A first batch while the server is up (the transport has been used), then a second one, with
    // the server stopped while that batch is on its way; a third is queued while it is down.
    await alert();
    await waitFor(() => sink.mails.length === 10, 20_000, 'the first ten mails');
    const port = sink.port;
    await alert();
    await sink.stop();
    await alert();
    const failing = async () =>
      (
        await t.ds.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM outreach_deliveries WHERE status = 'retrying'`,
        )
      )[0]!.n;
    let retrying = 0;
    for (let i = 0; i < 80 && retrying === 0; i++) {
      retrying = await failing();
      if (retrying === 0) await sleep(250);
    }
    expect(retrying).toBeGreaterThan(0); // the server really was away for some of them
    await sink.start(port);

    await waitFor(() => sink.mails.length >= 30, 60_000, 'thirty mails in all');
    await sleep(2500);
    const ids = sink.mails.map((m) => m.header(DELIVERY_HEADER));
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30); // exactly one mail per delivery
    const rows = await t.ds.query<{ id: string; status: string }[]>(
      `SELECT id, status FROM outreach_deliveries WHERE kind = 'crisis'`,
    );
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.status === 'sent')).toBe(true); // nothing lost, nothing failed
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(ids));
    for (let i = 0; i < 10; i++) expect(sink.to(`staf${i}@example.org`)).toHaveLength(3);
  });

  it('should mark an address that bounces unverified and stop mailing it', async () => {
    await verifiedAddress(host, 'ruben@example.org');
    sink.bounce.add('ruben@example.org');
    await notifyCrisis();
    let rows: { status: string }[] = [];
    for (let i = 0; i < 40 && rows[0]?.status !== 'failed'; i++) {
      await sleep(250);
      rows = await deliveryRows();
    }
    expect(rows).toEqual([expect.objectContaining({ status: 'failed' })]);
    const c = await clientFor(host);
    expect((await c.get<OutreachSettingsView>('/api/outreach/me')).body.email).toEqual({
      address: 'ruben@example.org',
      verified: false,
      unverifiedReason: 'bounced',
    });
  });
});

describe('recognition', () => {
  it('should tell the author in the app and, when chosen, by e-mail, without saying who', async () => {
    await verifiedAddress(sanne, 'sanne@example.org');
    const sc = await clientFor(sanne);
    const saved = await sc.request<OutreachSettingsView>('PUT', '/api/outreach/me/preferences', {
      preferences: [{ kind: 'herkenning', email: true, push: false, frequency: 'direct' }],
      quietHours: null,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.consentedAt).not.toBeNull();
    const story = await sc.post<{ contribution: { id: string } }>(`/api/rooms/${roomId}/contributions`, {
      clientId: crypto.randomUUID(),
      kind: 'story',
      title: 'Mijn week',
      body: 'Ik dacht dat ik de enige was die zich zo voelde.',
    });
    expect(story.status).toBe(201);
    const hc = await clientFor(host);
    const react = await hc.post(`/api/contributions/${story.body.contribution.id}/reactions`, {
      kind: 'herkenning',
      on: true,
    });
    expect(react.status).toBe(200);
    const inApp = await sc.get<{ kind: string; actor: unknown }[]>('/api/notifications');
    expect(inApp.body[0]).toMatchObject({ kind: 'herkenning_received', actor: null });
    await waitFor(() => sink.to('sanne@example.org').length === 2, 10_000, 'recognition mail');
    const mail = sink.to('sanne@example.org')[1]!;
    expect(mail.subject).toBe('Iemand herkende zich in jouw verhaal');
    expect(mail.text).not.toContain('enige');
    expect(mail.text).not.toContain(host.displayName);
  });
});

describe('digest', () => {
  it('should mail one weekly digest with counts only, once, and stop all gathered kinds from its link', async () => {
    await verifiedAddress(sanne, 'sanne@example.org');
    const sc = await clientFor(sanne);
    await sc.request('PUT', '/api/outreach/me/preferences', {
      preferences: [
        { kind: 'herkenning', email: true, push: false, frequency: 'weekly' },
        { kind: 'community', email: true, push: false, frequency: 'weekly' },
      ],
      quietHours: null,
    });
    const now = new Date('2026-12-09T10:00:00Z'); // last ISO week: 30 Nov - 7 Dec
    for (const [kind, at] of [
      ['herkenning_received', '2026-12-01T10:00:00Z'],
      ['herkenning_received', '2026-12-03T10:00:00Z'],
      ['reply_received', '2026-12-06T23:00:00Z'],
      ['room_added', '2026-12-02T09:00:00Z'],
      ['herkenning_received', '2026-12-08T10:00:00Z'], // this week: the next digest
      ['mentor_request', '2026-12-02T10:00:00Z'], // not chosen weekly
    ])
      await t.ds.query(
        `INSERT INTO notifications (organisation_id, recipient_membership_id, kind, room_id, created_at) VALUES ($1, $2, $3, $4, $5)`,
        [orgId, sanne.membershipId, kind, roomId, at],
      );
    const { OutreachService } = await import('../../src/modules/outreach/outreach.service.js');
    const outreach = t.app.get(OutreachService);
    expect(await outreach.runDigest('weekly', now)).toBe(1);
    expect(await outreach.runDigest('weekly', new Date('2026-12-10T10:00:00Z'))).toBe(0);
    expect(await outreach.runDigest('daily', now)).toBe(0);
    await waitFor(() => sink.to('sanne@example.org').length === 2, 10_000, 'digest');
    const mail = sink.to('sanne@example.org')[1]!;
    expect(mail.subject).toBe('Wat er deze week voor je was in Spiegel');
    expect(mail.text).toContain('3× herkenning of een reactie op jouw verhalen');
    expect(mail.text).toContain('1× nieuws uit je groepen');
    expect(mail.text).not.toContain('mentor');
    const url = new URL(String(mail.header('List-Unsubscribe')).slice(1, -1));
    expect((await fetch(`${t.url}${url.pathname}${url.search}`, { method: 'POST' })).status).toBe(200);
    const prefs = (await sc.get<OutreachSettingsView>('/api/outreach/me')).body.preferences;
    expect(prefs.filter((p) => p.email).map((p) => p.kind)).toEqual([]);
  });
});

describe('several API instances', () => {
  it('should deliver each notification exactly once with two instances working the queue', async () => {
    const second = await startTestApp({ ...ENV, SMTP_URL: sink.url });
    try {
      await verifiedAddress(host, 'ruben@example.org');
      sink.mails.length = 0;
      const other = second.app.get(NotificationsService);
      for (let i = 0; i < 10; i++) {
        const via = i % 2 === 0 ? t.app.get(NotificationsService) : other;
        await via.notify({
          organisationId: orgId,
          recipients: [host.membershipId],
          kind: 'crisis_alert',
          roomId,
          actorMembershipId: sanne.membershipId,
        });
      }
      await waitFor(() => sink.mails.length >= 10, 20_000, 'ten mails');
      await sleep(2000);
      expect(sink.mails).toHaveLength(10);
      const rows = await t.ds.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM outreach_deliveries WHERE status = 'sent' AND kind = 'crisis'`,
      );
      expect(rows[0]!.n).toBe(10);
    } finally {
      await second.close();
    }
  });

  it('should never queue a second mail for the same notification', async () => {
    await verifiedAddress(host, 'ruben@example.org');
    const [n] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO notifications (organisation_id, recipient_membership_id, kind, room_id) VALUES ($1, $2, 'crisis_alert', $3) RETURNING id`,
      [orgId, host.membershipId, roomId],
    );
    const { OutreachService } = await import('../../src/modules/outreach/outreach.service.js');
    const outreach = t.app.get(OutreachService);
    const event = {
      notificationId: String(n!.id),
      organisationId: orgId,
      recipientMembershipId: host.membershipId,
      kind: 'crisis_alert' as const,
      roomId,
    };
    await Promise.all([outreach.dispatch([event]), outreach.dispatch([event]), outreach.dispatch([event])]);
    await waitFor(() => sink.to('ruben@example.org').length === 2, 10_000, 'one alert');
    await sleep(1500);
    expect(sink.to('ruben@example.org')).toHaveLength(2);
    expect(await deliveryRows()).toHaveLength(1);
  });
});
