import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type {
  CalendarFeedView,
  CheckinDraftView,
  CheckinResult,
  OutreachSettingsView,
  PushPayload,
} from '@spiegel/domain';
import { Clock } from '../../src/common/clock.js';
import { FakeDevice, PushSink } from '../support/push-sink.js';
import { NotificationsService } from '../../src/modules/notifications/notifications.service.js';
import { SessionRemindersService } from '../../src/modules/outreach/session-reminders.service.js';
import { buildMember, buildOrganisation, type TestMember } from '../support/factories.js';
import { buildRoom } from '../support/room-fixtures.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { sleep, waitFor } from '../support/sockets.js';
import { OUTREACH_ENV, resetOutreach } from '../support/outreach-harness.js';
import { loggedIn, startTestApp, type TestApp, type TestClient } from '../support/test-app.js';

const BOUNCE_SECRET = 'een-geheim-van-minstens-24-tekens';
const ENV = {
  ...OUTREACH_ENV,
  OUTREACH_RETRY_LIMIT: '5',
  BOUNCE_WEBHOOK_SECRET: BOUNCE_SECRET,
};

let sink: SmtpSink;
let pushSink: PushSink;
let t: TestApp;
let orgId: string;
let ruben: TestMember; // facilitator
let sanne: TestMember; // participant, enrolled
let bas: TestMember; // participant, not enrolled
let trajectId: string;
let roomId: string;

const ALL_EMAIL = (frequency = 'direct') =>
  ['herkenning', 'mentor', 'checkin', 'trajecten', 'crisis', 'community'].map((kind) => ({
    kind,
    email: true,
    push: false,
    frequency,
  }));

const clientFor = (m: TestMember): Promise<TestClient> => loggedIn(t, m);

/** A verified address and e-mail for every kind (the verification flow itself is outreach.e2e's). */
async function reachable(
  m: TestMember,
  address: string,
  quiet: { from: string; to: string; crisisAlways?: boolean } | null = null,
): Promise<void> {
  await t.ds.query(
    `INSERT INTO outreach_email_addresses (membership_id, organisation_id, address, locale, verified_at, unsubscribe_secret)
     VALUES ($1, $2, $3, 'nl', now(), md5(random()::text))`,
    [m.membershipId, orgId, address],
  );
  await t.ds.query(
    `INSERT INTO outreach_preferences (membership_id, organisation_id, preferences, quiet_from, quiet_to, crisis_in_quiet_hours, consented_at)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6, now())`,
    [
      m.membershipId,
      orgId,
      JSON.stringify(ALL_EMAIL()),
      quiet?.from ?? null,
      quiet?.to ?? null,
      quiet?.crisisAlways ?? false,
    ],
  );
}

async function session(startsAt: string, title = 'Bijeenkomst 3'): Promise<string> {
  const [row] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title)
     VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING id`,
    [trajectId, orgId, startsAt, title],
  );
  return row!.id;
}

function parseCalendar(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      sequence: e.sequence,
      status: v.getFirstPropertyValue('status'),
      description: v.getFirstPropertyValue('description'),
      startRaw: v.getFirstProperty('dtstart')!.toICALString(),
    };
  });
  return { method: cal.getFirstPropertyValue('method'), events };
}

function calendarOf(mail: { attachments: { contentType: string; content: Buffer }[] }) {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(ics).toBeDefined();
  return parseCalendar(ics!.content.toString('utf8'));
}

const reminders = () => t.app.get(SessionRemindersService);
const clock = () => t.app.get(Clock);

beforeAll(async () => {
  sink = await new SmtpSink().start();
  pushSink = await new PushSink().start();
  t = await startTestApp({ ...ENV, SMTP_URL: sink.url });
});
afterAll(async () => {
  await t.close();
  await sink.stop();
  await pushSink.stop();
});
beforeEach(async () => {
  clock().set(null);
  await resetOutreach(t);
  sink.mails.length = 0;
  sink.bounce.clear();
  pushSink.reset();
  const org = await buildOrganisation(t.ds, 'Herstelacademie Oost');
  orgId = org.id;
  ruben = await buildMember(t.ds, orgId, 'facilitator', { displayName: 'Ruben' });
  sanne = await buildMember(t.ds, orgId, 'participant', { displayName: 'Sanne' });
  bas = await buildMember(t.ds, orgId, 'participant', { displayName: 'Bas' });
  roomId = (await buildRoom(t.ds, orgId, [ruben.membershipId, sanne.membershipId])).id;
  const [tr] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id) VALUES (gen_random_uuid(), $1, 'Voorjaar', '2027-01-01', '2027-06-30', $2) RETURNING id`,
    [orgId, roomId],
  );
  trajectId = tr!.id;
  await t.ds.query(
    `INSERT INTO traject_facilitators (traject_id, membership_id, organisation_id) VALUES ($1, $2, $3)`,
    [trajectId, ruben.membershipId, orgId],
  );
  await t.ds.query(
    `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, consent_at) VALUES (gen_random_uuid(), $1, $2, $3, 'active', now())`,
    [trajectId, sanne.membershipId, orgId],
  );
});

describe('session reminders', () => {
  it('should mail the day before, in Dutch time across the change to summer time, with a valid .ics', async () => {
    await reachable(sanne, 'sanne@example.org');
    await reachable(bas, 'bas@example.org'); // not in the traject: nothing
    // Summer time starts Sunday 28 March 2027 at 02:00: 19:00 that evening is 17:00 UTC (the day before, 18:00 UTC).
    const sunday = await session('2027-03-28T17:00:00Z');
    await session('2027-03-29T17:00:00Z', 'Later'); // the day after tomorrow: not yet

    // Saturday 08:30 Dutch time is too early; 10:00 is when tomorrow's reminders go.
    expect(await reminders().run(new Date('2027-03-27T07:30:00Z'))).toBe(0);
    expect(await reminders().run(new Date('2027-03-27T09:00:00Z'))).toBe(1);

    await waitFor(() => sink.to('sanne@example.org').length === 1, 10_000, 'reminder mail');
    const mail = sink.to('sanne@example.org')[0]!;
    expect(mail.subject).toBe('Morgen: Voorjaar: Bijeenkomst 3');
    expect(mail.text).toContain('zondag 28 maart om 19:00');
    expect(mail.text).toContain(`http://spiegel.test/trajecten/${trajectId}`);
    expect(mail.header('List-Unsubscribe')).toMatch(/unsubscribe\?t=/);
    const cal = calendarOf(mail as never);
    expect(cal.method).toBe('PUBLISH');
    expect(cal.events).toHaveLength(1);
    expect(cal.events[0]).toMatchObject({
      uid: `session-${sunday}@spiegel.test`,
      summary: 'Voorjaar: Bijeenkomst 3',
      start: '2027-03-28T17:00:00.000Z',
      end: '2027-03-28T19:00:00.000Z',
      sequence: 0,
      status: 'CONFIRMED',
      description: null,
    });
    expect(cal.events[0]!.startRaw).toBe('DTSTART:20270328T170000Z');
    expect(sink.to('bas@example.org')).toHaveLength(0);
  });

  it('should read winter time right too (the last Sunday of October)', async () => {
    await reachable(sanne, 'sanne@example.org');
    // Winter time from Sunday 31 October 2027 03:00: 19:00 Dutch time is 18:00 UTC.
    await session('2027-10-31T18:00:00Z');
    expect(await reminders().run(new Date('2027-10-30T12:00:00Z'))).toBe(1);
    await waitFor(() => sink.to('sanne@example.org').length === 1, 10_000, 'reminder mail');
    const mail = sink.to('sanne@example.org')[0]!;
    expect(mail.text).toContain('zondag 31 oktober om 19:00');
    expect(calendarOf(mail as never).events[0]!.start).toBe('2027-10-31T18:00:00.000Z');
  });

  it('should send exactly one reminder per session and person with two API instances running together', async () => {
    await reachable(sanne, 'sanne@example.org');
    await reachable(ruben, 'ruben@example.org');
    await session('2027-03-28T17:00:00Z');
    const second = await startTestApp({ ...ENV, SMTP_URL: sink.url });
    try {
      const now = new Date('2027-03-27T12:00:00Z');
      const runs = await Promise.all([
        reminders().run(now),
        second.app.get(SessionRemindersService).run(now),
        reminders().run(now),
        second.app.get(SessionRemindersService).run(now),
      ]);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(2); // Sanne and Ruben, once each
      await waitFor(() => sink.mails.length >= 2, 10_000, 'two reminders');
      await sleep(1500);
      expect(sink.to('sanne@example.org')).toHaveLength(1);
      expect(sink.to('ruben@example.org')).toHaveLength(1);
      expect(await reminders().run(new Date('2027-03-27T15:00:00Z'))).toBe(0);
    } finally {
      await second.close();
    }
  });

  it('should send a cancel with the same UID when the session no longer takes place', async () => {
    await reachable(sanne, 'sanne@example.org');
    const id = await session('2027-03-28T17:00:00Z');
    expect(await reminders().run(new Date('2027-03-27T09:00:00Z'))).toBe(1);
    await waitFor(() => sink.to('sanne@example.org').length === 1, 10_000, 'reminder');
    // The traject is closed early: sessions from then on are cancelled.
    await t.ds.query(`UPDATE trajecten SET closed_early_at = '2027-03-27T10:00:00Z' WHERE id = $1`, [
      trajectId,
    ]);
    expect(await reminders().run(new Date('2027-03-27T11:00:00Z'))).toBe(1);
    expect(await reminders().run(new Date('2027-03-27T12:00:00Z'))).toBe(0);
    await waitFor(() => sink.to('sanne@example.org').length === 2, 10_000, 'cancel');
    const cancel = sink.to('sanne@example.org')[1]!;
    expect(cancel.subject).toBe('Bijeenkomst gaat niet door: Voorjaar: Bijeenkomst 3');
    const cal = calendarOf(cancel as never);
    expect(cal.method).toBe('CANCEL');
    expect(cal.events[0]).toMatchObject({
      uid: `session-${id}@spiegel.test`,
      status: 'CANCELLED',
      sequence: 1,
    });
  });

  it('should not mail someone who did not choose e-mail for trajecten', async () => {
    await reachable(sanne, 'sanne@example.org');
    await t.ds.query(`UPDATE outreach_preferences SET preferences = $2::jsonb WHERE membership_id = $1`, [
      sanne.membershipId,
      JSON.stringify(ALL_EMAIL().map((p) => (p.kind === 'trajecten' ? { ...p, email: false } : p))),
    ]);
    await session('2027-03-28T17:00:00Z');
    expect(await reminders().run(new Date('2027-03-27T09:00:00Z'))).toBe(0);
  });
});

describe('session reminders by push', () => {
  /** Push on (and e-mail as given) for trajecten, with quiet hours if given; one device per label. */
  async function pushFor(
    m: TestMember,
    labels: string[],
    opts: { email?: boolean; push?: boolean; quiet?: { from: string; to: string } } = {},
  ): Promise<FakeDevice[]> {
    const c = await clientFor(m);
    const prefs = (await c.get<OutreachSettingsView>('/api/outreach/me')).body.preferences;
    const saved = await c.request('PUT', '/api/outreach/me/preferences', {
      preferences: prefs.map((p) =>
        p.kind === 'trajecten' ? { ...p, push: opts.push ?? true, email: opts.email ?? false } : p,
      ),
      quietHours: opts.quiet ?? null,
    });
    expect(saved.status).toBe(200);
    const devices: FakeDevice[] = [];
    for (const label of labels) {
      const d = new FakeDevice(`${pushSink.url}/push/${m.displayName}-${label}`);
      expect((await c.post('/api/outreach/push/devices', d.subscription(label))).status).toBe(201);
      devices.push(d);
    }
    return devices;
  }

  it('should push once per device the day before, with traject, day and link only, and no mail without an address', async () => {
    const [phone, laptop] = await pushFor(sanne, ['telefoon', 'laptop']);
    await pushFor(bas, ['telefoon']); // not in the traject: nothing
    const id = await session('2027-03-28T17:00:00Z', 'Omgaan met terugval');
    const second = await startTestApp({ ...ENV, SMTP_URL: sink.url });
    try {
      const now = new Date('2027-03-27T09:00:00Z');
      // Two instances, two runs each: still one push per device.
      const runs = await Promise.all([
        reminders().run(now),
        second.app.get(SessionRemindersService).run(now),
        reminders().run(now),
        second.app.get(SessionRemindersService).run(now),
      ]);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(2);
    } finally {
      await second.close();
    }
    await waitFor(() => pushSink.received.length >= 2, 10_000, 'two pushes');
    await sleep(1500);
    expect(pushSink.at('/push/Sanne-telefoon')).toHaveLength(1);
    expect(pushSink.at('/push/Sanne-laptop')).toHaveLength(1);
    expect(pushSink.received).toHaveLength(2);
    const got = pushSink.at('/push/Sanne-telefoon')[0]!;
    expect(got.headers['content-encoding']).toBe('aes128gcm');
    const payload = phone!.open(got.body) as PushPayload;
    expect(payload).toEqual({
      kind: 'trajecten',
      title: 'Morgen: bijeenkomst van Voorjaar',
      body: 'Zondag 28 maart om 19:00. Open Spiegel voor je traject.',
      url: `http://spiegel.test/trajecten/${trajectId}`,
      tag: `spiegel-session-${id}`,
    });
    // The session's own title stays off a locked screen.
    expect(JSON.stringify(payload)).not.toMatch(/terugval/);
    expect((laptop!.open(pushSink.at('/push/Sanne-laptop')[0]!.body) as PushPayload).tag).toBe(
      `spiegel-session-${id}`,
    );
    expect(sink.mails).toHaveLength(0);
    const rows = await t.ds.query<{ channel: string; status: string }[]>(
      `SELECT channel, status FROM outreach_deliveries WHERE membership_id = $1`,
      [sanne.membershipId],
    );
    expect(rows).toEqual([
      { channel: 'push', status: 'sent' },
      { channel: 'push', status: 'sent' },
    ]);
    // A later run the same day queues nothing new.
    expect(await reminders().run(new Date('2027-03-27T15:00:00Z'))).toBe(0);
  });

  it('should send both the mail and the push when both are chosen, and neither push when push is off', async () => {
    await reachable(sanne, 'sanne@example.org');
    const [phone] = await pushFor(sanne, ['telefoon'], { email: true });
    await pushFor(ruben, ['telefoon'], { push: false });
    await session('2027-03-28T17:00:00Z');
    expect(await reminders().run(new Date('2027-03-27T09:00:00Z'))).toBe(2);
    await waitFor(
      () => sink.to('sanne@example.org').length === 1 && pushSink.received.length === 1,
      10_000,
      'mail and push',
    );
    await sleep(1000);
    expect(pushSink.at('/push/Sanne-telefoon')).toHaveLength(1);
    expect((phone!.open(pushSink.received[0]!.body) as PushPayload).kind).toBe('trajecten');
    expect(pushSink.at('/push/Ruben-telefoon')).toHaveLength(0);
  });

  it('should hold a push in quiet hours until they end', async () => {
    await pushFor(sanne, ['telefoon'], { quiet: { from: '09:00', to: '12:00' } });
    await session('2027-03-28T17:00:00Z');
    // 10:00 Dutch time (winter) on Saturday: in the quiet hours, which end at 12:00 = 11:00 UTC.
    expect(await reminders().run(new Date('2027-03-27T09:00:00Z'))).toBe(1);
    await sleep(1500);
    expect(pushSink.received).toHaveLength(0);
    const [job] = await t.ds.query<{ start_after: Date }[]>(
      `SELECT start_after FROM pgboss.job WHERE name = 'outreach-push'`,
    );
    expect(new Date(job!.start_after).toISOString()).toBe('2027-03-27T11:00:00.000Z');
  });

  it('should push a cancel to the device that had the reminder, once, with the same tag', async () => {
    const [phone] = await pushFor(sanne, ['telefoon']);
    const id = await session('2027-03-28T17:00:00Z');
    expect(await reminders().run(new Date('2027-03-27T09:00:00Z'))).toBe(1);
    await waitFor(() => pushSink.received.length === 1, 10_000, 'reminder push');
    // A device added after the reminder gets no cancel for a reminder it never had.
    await pushFor(sanne, ['tablet']);
    await t.ds.query(`UPDATE trajecten SET closed_early_at = '2027-03-27T10:00:00Z' WHERE id = $1`, [
      trajectId,
    ]);
    expect(await reminders().run(new Date('2027-03-27T11:00:00Z'))).toBe(1);
    expect(await reminders().run(new Date('2027-03-27T12:00:00Z'))).toBe(0);
    await waitFor(() => pushSink.received.length === 2, 10_000, 'cancel push');
    await sleep(1000);
    expect(pushSink.at('/push/Sanne-tablet')).toHaveLength(0);
    const cancel = phone!.open(pushSink.at('/push/Sanne-telefoon')[1]!.body) as PushPayload;
    expect(cancel).toMatchObject({
      title: 'Bijeenkomst gaat niet door: Voorjaar',
      body: 'De bijeenkomst van zondag 28 maart om 19:00 gaat niet door.',
      tag: `spiegel-session-${id}`,
    });
  });
});

describe('personal calendar feed', () => {
  it('should serve my sessions behind a secret link, and a new link should revoke the old one', async () => {
    const id = await session('2027-03-28T17:00:00Z');
    const other = await buildRoom(t.ds, orgId, [ruben.membershipId]);
    const [foreign] = await t.ds.query<{ id: string }[]>(
      `INSERT INTO trajecten (id, organisation_id, name, starts_on, ends_on, room_id) VALUES (gen_random_uuid(), $1, 'Najaar', '2027-01-01', '2027-06-30', $2) RETURNING id`,
      [orgId, other.id],
    );
    await t.ds.query(
      `INSERT INTO traject_sessions (id, traject_id, organisation_id, starts_at, title) VALUES (gen_random_uuid(), $1, $2, '2027-03-29T17:00:00Z', 'Niet van Sanne')`,
      [foreign!.id, orgId],
    );
    clock().set(new Date('2027-03-01T12:00:00Z'));
    const c = await clientFor(sanne);
    expect((await c.get<CalendarFeedView>('/api/outreach/me/calendar')).body).toEqual({
      active: false,
      createdAt: null,
      url: null,
    });
    const first = await c.post<CalendarFeedView>('/api/outreach/me/calendar');
    expect(first.status).toBe(200);
    expect(first.body.url).toMatch(/^http:\/\/spiegel\.test\/api\/outreach\/calendar\/[\w-]{43}\.ics$/);
    const path1 = new URL(first.body.url!).pathname;
    // Only the hash is stored.
    const [stored] = await t.ds.query<{ token_hash: string }[]>(
      `SELECT token_hash FROM outreach_calendar_feeds`,
    );
    expect(first.body.url).not.toContain(stored!.token_hash);
    expect((await c.get<CalendarFeedView>('/api/outreach/me/calendar')).body).toMatchObject({
      active: true,
      url: null,
    });

    const feed = await fetch(`${t.url}${path1}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const cal = parseCalendar(await feed.text());
    expect(cal.events).toEqual([
      expect.objectContaining({
        uid: `session-${id}@spiegel.test`,
        summary: 'Voorjaar: Bijeenkomst 3',
        start: '2027-03-28T17:00:00.000Z',
        description: null,
      }),
    ]);

    const second = await c.post<CalendarFeedView>('/api/outreach/me/calendar');
    const path2 = new URL(second.body.url!).pathname;
    expect(path2).not.toBe(path1);
    expect((await fetch(`${t.url}${path1}`)).status).toBe(404);
    expect((await fetch(`${t.url}${path2}`)).status).toBe(200);

    expect((await c.delete('/api/outreach/me/calendar')).status).toBe(200);
    expect((await fetch(`${t.url}${path2}`)).status).toBe(404);
  });

  it('should answer a made-up or malformed link with a JSON 404, never a 500', async () => {
    for (const file of ['x'.repeat(43) + '.ics', 'niets', 'a'.repeat(300) + '.ics']) {
      const res = await fetch(`${t.url}/api/outreach/calendar/${file}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    // A NUL in the path is refused before any route (400), as everywhere.
    const nul = await fetch(`${t.url}/api/outreach/calendar/%00.ics`);
    expect(nul.status).toBe(400);
    expect(await nul.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('should stop answering a link that is polled far too often', async () => {
    const c = await clientFor(sanne);
    const url = (await c.post<CalendarFeedView>('/api/outreach/me/calendar')).body.url!;
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await fetch(`${t.url}${new URL(url).pathname}`)).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});

describe('quiet hours', () => {
  it('should hold a mail until quiet hours end (Dutch time), not drop it; crisis comes through when chosen', async () => {
    await reachable(sanne, 'sanne@example.org', { from: '22:00', to: '07:30' });
    await reachable(ruben, 'ruben@example.org', { from: '22:00', to: '07:30', crisisAlways: true });
    // 23:15 Dutch time on a winter evening.
    clock().set(new Date('2027-01-12T22:15:00Z'));
    const notifications = t.app.get(NotificationsService);
    await notifications.notify({
      organisationId: orgId,
      recipients: [sanne.membershipId],
      kind: 'reply_received',
      roomId,
    });
    await notifications.notify({
      organisationId: orgId,
      recipients: [ruben.membershipId],
      kind: 'crisis_alert',
      roomId,
    });
    await waitFor(() => sink.to('ruben@example.org').length === 1, 10_000, 'crisis alert');
    await sleep(1500);
    expect(sink.to('sanne@example.org')).toHaveLength(0);
    const [job] = await t.ds.query<{ start_after: Date }[]>(
      `SELECT j.start_after FROM pgboss.job j JOIN outreach_deliveries d ON d.id = j.id
        WHERE d.membership_id = $1`,
      [sanne.membershipId],
    );
    // 07:30 the next morning, Dutch winter time = 06:30 UTC.
    expect(new Date(job!.start_after).toISOString()).toBe('2027-01-13T06:30:00.000Z');
    // When the morning comes (here: the job's time moved to now), the mail goes.
    await t.ds.query(
      `UPDATE pgboss.job SET start_after = now() WHERE id IN (SELECT id FROM outreach_deliveries WHERE membership_id = $1)`,
      [sanne.membershipId],
    );
    await waitFor(() => sink.to('sanne@example.org').length === 1, 10_000, 'the held mail');
  });

  it('should hold a crisis alert too for staff who did not choose to get it always', async () => {
    await reachable(ruben, 'ruben@example.org', { from: '22:00', to: '07:30' });
    clock().set(new Date('2027-07-12T21:00:00Z')); // 23:00 summer time
    await t.app.get(NotificationsService).notify({
      organisationId: orgId,
      recipients: [ruben.membershipId],
      kind: 'crisis_alert',
      roomId,
    });
    await sleep(1500);
    expect(sink.to('ruben@example.org')).toHaveLength(0);
    const [job] = await t.ds.query<{ start_after: Date }[]>(
      `SELECT start_after FROM pgboss.job WHERE name = 'outreach-email'`,
    );
    expect(new Date(job!.start_after).toISOString()).toBe('2027-07-13T05:30:00.000Z');
  });

  it('should save the crisis choice with the quiet hours', async () => {
    const c = await clientFor(ruben);
    const saved = await c.request<OutreachSettingsView>('PUT', '/api/outreach/me/preferences', {
      preferences: [],
      quietHours: { from: '22:00', to: '07:00', crisisAlways: true },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.quietHours).toEqual({ from: '22:00', to: '07:00', crisisAlways: true });
  });
});

describe('zwart-gat check-ins', () => {
  beforeEach(async () => {
    await t.ds.query(
      `UPDATE enrolments SET status = 'completed', completed_at = '2027-01-31T12:00:00Z', consent_follow_up = true WHERE membership_id = $1`,
      [sanne.membershipId],
    );
    await t.ds.query(
      `INSERT INTO zwart_gat_scores (organisation_id, traject_id, membership_id, computed_at, score, level, reasons)
       VALUES ($1, $2, $3, now(), 0.7, 'hoog', $4::jsonb)`,
      [
        orgId,
        trajectId,
        sanne.membershipId,
        JSON.stringify([
          { key: 'zwartGat.silenceAfterWeekly', params: { days: 20 } },
          { key: 'zwartGat.noMentor' },
        ]),
      ],
    );
  });

  it('should suggest warm wording by the reasons and reach the alumnus by e-mail, saying who wrote and nothing more', async () => {
    await reachable(sanne, 'sanne@example.org');
    const c = await clientFor(ruben);
    const draft = await c.get<CheckinDraftView>(`/api/nazorg/${sanne.membershipId}/checkin`);
    expect(draft.status).toBe(200);
    expect(draft.body.channels).toEqual(['email']);
    expect(draft.body.suggestions).toHaveLength(3);
    expect(draft.body.suggestions[0]).toContain('stil geweest');
    expect(draft.body.suggestions[1]).toContain('maatje');
    for (const s of draft.body.suggestions) expect(s).not.toMatch(/risico|score|zwart/i);
    const en = await c.get<CheckinDraftView>(`/api/nazorg/${sanne.membershipId}/checkin?locale=en`);
    expect(en.body.suggestions[0]).toContain("It's been quiet");

    const body = 'Hoi Sanne, hoe gaat het met je medicatie en je slaap? Groet, Ruben';
    const sent = await c.post<CheckinResult>(`/api/nazorg/${sanne.membershipId}/checkin`, {
      body,
      clientId: crypto.randomUUID(),
    });
    expect(sent.status).toBe(201);
    expect(sent.body.channels).toEqual(['email']);
    await waitFor(() => sink.to('sanne@example.org').length === 1, 10_000, 'check-in mail');
    const mail = sink.to('sanne@example.org')[0]!;
    expect(mail.subject).toBe('Ruben stuurde je een berichtje');
    expect(mail.text).toContain(`http://spiegel.test/ruimtes/${sent.body.roomId}`);
    for (const part of [mail.text, mail.html, mail.subject]) {
      expect(part).not.toMatch(/medicatie|slaap|risico|zwart/i);
    }
    // In the app: the message itself in the 1:1 conversation, and a recorded follow-up action.
    const [msg] = await t.ds.query<{ body: string; author_membership_id: string }[]>(
      `SELECT body, author_membership_id FROM contributions WHERE room_id = $1`,
      [sent.body.roomId],
    );
    expect(msg).toEqual({ body, author_membership_id: ruben.membershipId });
    const actions = await t.ds.query(
      `SELECT kind, facilitator_membership_id FROM follow_up_actions WHERE membership_id = $1`,
      [sanne.membershipId],
    );
    expect(actions).toEqual([{ kind: 'message', facilitator_membership_id: ruben.membershipId }]);
  });

  it('should tell the writer a check-in also goes by push when the alumnus has a device and chose push', async () => {
    await reachable(sanne, 'sanne@example.org');
    const own = await clientFor(sanne);
    const settings = await own.get<{ preferences: { kind: string; push: boolean }[] }>('/api/outreach/me');
    const saved = await own.request('PUT', '/api/outreach/me/preferences', {
      preferences: settings.body.preferences.map((p) => (p.kind === 'checkin' ? { ...p, push: true } : p)),
      quietHours: null,
    });
    expect(saved.status).toBe(200);
    const c = await clientFor(ruben);
    // Chose push, but no device yet: e-mail only.
    expect(
      (await c.get<CheckinDraftView>(`/api/nazorg/${sanne.membershipId}/checkin`)).body.channels,
    ).toEqual(['email']);
    const device = new FakeDevice('http://127.0.0.1:9/push/sanne-phone');
    expect((await own.post('/api/outreach/push/devices', device.subscription())).status).toBe(201);
    expect(
      (await c.get<CheckinDraftView>(`/api/nazorg/${sanne.membershipId}/checkin`)).body.channels,
    ).toEqual(['email', 'push']);
  });

  it('should send a retried check-in (same clientId) once', async () => {
    await reachable(sanne, 'sanne@example.org');
    const c = await clientFor(ruben);
    const clientId = crypto.randomUUID();
    for (let i = 0; i < 2; i++)
      expect(
        (await c.post(`/api/nazorg/${sanne.membershipId}/checkin`, { body: 'Hoi!', clientId })).status,
      ).toBe(201);
    await waitFor(() => sink.to('sanne@example.org').length === 1, 10_000, 'check-in mail');
    await sleep(1500);
    expect(sink.to('sanne@example.org')).toHaveLength(1);
    expect(await t.ds.query(`SELECT 1 FROM follow_up_actions`)).toHaveLength(1);
  });

  describe('by their peer mentor', () => {
    let mentorshipId: string;
    beforeEach(async () => {
      const [row] = await t.ds.query<{ id: string }[]>(
        `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, created_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'active', now()) RETURNING id`,
        [orgId, bas.membershipId, sanne.membershipId],
      );
      mentorshipId = row!.id;
    });

    it('should offer the mentor general wording only and reach the mentee by their own channel, naming the mentor', async () => {
      await reachable(sanne, 'sanne@example.org');
      // The mentee chose this contact: it does not hang on the follow-up consent given to staff.
      await t.ds.query(`UPDATE enrolments SET consent_follow_up = false WHERE membership_id = $1`, [
        sanne.membershipId,
      ]);
      const mentor = await clientFor(bas);
      const list = await mentor.get<{ id: string; canCheckIn: boolean }[]>('/api/mentorships');
      expect(list.body).toEqual([expect.objectContaining({ id: mentorshipId, canCheckIn: true })]);
      const own = await clientFor(sanne);
      expect((await own.get<{ canCheckIn: boolean }[]>('/api/mentorships')).body[0]!.canCheckIn).toBe(false);

      const draft = await mentor.get<Record<string, unknown>>(`/api/mentorships/${mentorshipId}/checkin`);
      expect(draft.status).toBe(200);
      // The name the mentorship shows, and wording that does not depend on the risk's reasons.
      expect(Object.keys(draft.body).sort()).toEqual(['name', 'suggestions']);
      expect(draft.body.name).toBe('Sanne');
      const suggestions = draft.body.suggestions as string[];
      expect(suggestions).toHaveLength(3);
      for (const s of suggestions) expect(s).not.toMatch(/stil geweest|maatje|risico|score|zwart/i);
      // Na afloop's route is staff's: a participant mentor is refused there.
      expect((await mentor.get(`/api/nazorg/${sanne.membershipId}/checkin`)).status).toBe(403);

      const body = 'Hoi Sanne, hoe gaat het nu met je slaap? Groet, Bas';
      const clientId = crypto.randomUUID();
      for (let i = 0; i < 2; i++) {
        const sent = await mentor.post<Record<string, unknown>>(`/api/mentorships/${mentorshipId}/checkin`, {
          body,
          clientId,
        });
        expect(sent.status).toBe(201);
        expect(Object.keys(sent.body)).toEqual(['roomId']);
      }
      await waitFor(() => sink.to('sanne@example.org').length === 1, 10_000, 'check-in mail');
      await sleep(1500);
      expect(sink.to('sanne@example.org')).toHaveLength(1); // the retry (same clientId) sent nothing more
      const mail = sink.to('sanne@example.org')[0]!;
      expect(mail.subject).toBe('Bas stuurde je een berichtje');
      for (const part of [mail.text, mail.html, mail.subject])
        expect(part).not.toMatch(/slaap|risico|zwart/i);
      const msgs = await t.ds.query<{ body: string; author_membership_id: string }[]>(
        `SELECT body, author_membership_id FROM contributions`,
      );
      expect(msgs).toEqual([{ body, author_membership_id: bas.membershipId }]);
      // Not staff's follow-up: nothing on Na afloop.
      expect(await t.ds.query(`SELECT 1 FROM follow_up_actions`)).toHaveLength(0);
    });

    it('should refuse everyone but the mentor of an active mentorship with an alumnus, changing nothing', async () => {
      await reachable(sanne, 'sanne@example.org');
      const stranger = await buildMember(t.ds, orgId, 'participant');
      const tries: [TestClient, string][] = [
        [await clientFor(stranger), mentorshipId],
        [await clientFor(sanne), mentorshipId], // the mentee on her own mentorship
        [await clientFor(ruben), mentorshipId], // her facilitator: Na afloop is his way
        [await clientFor(bas), crypto.randomUUID()],
      ];
      // The mentor, once the mentorship ended, and for a mentee who is no alumnus (still taking part).
      const [ended] = await t.ds.query<{ id: string }[]>(
        `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, created_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'ended', now()) RETURNING id`,
        [orgId, bas.membershipId, ruben.membershipId],
      );
      const enrolled = await buildMember(t.ds, orgId, 'participant');
      await t.ds.query(
        `INSERT INTO enrolments (id, traject_id, membership_id, organisation_id, status, consent_at) VALUES (gen_random_uuid(), $1, $2, $3, 'active', now())`,
        [trajectId, enrolled.membershipId, orgId],
      );
      const [notAlumnus] = await t.ds.query<{ id: string }[]>(
        `INSERT INTO mentorships (id, organisation_id, mentor_membership_id, mentee_membership_id, status, created_at)
         VALUES (gen_random_uuid(), $1, $2, $3, 'active', now()) RETURNING id`,
        [orgId, bas.membershipId, enrolled.membershipId],
      );
      const mentor = await clientFor(bas);
      tries.push([mentor, ended!.id], [mentor, notAlumnus!.id]);
      const count = async () =>
        (
          await t.ds.query<{ n: number }[]>(
            `SELECT (SELECT count(*) FROM contributions) + (SELECT count(*) FROM notifications)
                  + (SELECT count(*) FROM outreach_deliveries) + (SELECT count(*) FROM rooms)
                  + (SELECT count(*) FROM audit_events) AS n`,
          )
        )[0]!.n;
      const before = await count();
      for (const [c, id] of tries) {
        expect((await c.get(`/api/mentorships/${id}/checkin`)).status).toBe(404);
        const res = await c.post<{ code: string }>(`/api/mentorships/${id}/checkin`, { body: 'Hoi!' });
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('NOT_FOUND');
      }
      expect(await count()).toBe(before);
      await sleep(1000);
      expect(sink.mails).toHaveLength(0);
      // Bad input from the mentor: a 400, nothing sent.
      for (const body of ['  ', 'x'.repeat(1001)]) {
        const res = await mentor.post<{ code: string }>(`/api/mentorships/${mentorshipId}/checkin`, { body });
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('VALIDATION_FAILED');
      }
      expect(await count()).toBe(before);
    });
  });

  it('should refuse an alumnus who gave no follow-up consent, sending and recording nothing', async () => {
    await reachable(sanne, 'sanne@example.org');
    await t.ds.query(`UPDATE enrolments SET consent_follow_up = false WHERE membership_id = $1`, [
      sanne.membershipId,
    ]);
    const c = await clientFor(ruben);
    expect((await c.get(`/api/nazorg/${sanne.membershipId}/checkin`)).status).toBe(404);
    const res = await c.post<{ code: string }>(`/api/nazorg/${sanne.membershipId}/checkin`, { body: 'Hoi!' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await sleep(1000);
    expect(sink.mails).toHaveLength(0);
    expect(await t.ds.query(`SELECT 1 FROM follow_up_actions`)).toHaveLength(0);
    expect(await t.ds.query(`SELECT 1 FROM contributions`)).toHaveLength(0);
  });

  it('should refuse an empty or too long message with a 400', async () => {
    const c = await clientFor(ruben);
    for (const body of ['   ', 'x'.repeat(1001), 42]) {
      const res = await c.post<{ code: string }>(`/api/nazorg/${sanne.membershipId}/checkin`, { body });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('bounces that come later', () => {
  it('should mark the address unverified on a permanent bounce from the webhook, with the shared secret only', async () => {
    await reachable(sanne, 'sanne@example.org');
    const post = (auth: string | null, body: unknown) =>
      fetch(`${t.url}/api/outreach/bounces`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
        body: JSON.stringify(body),
      });
    expect((await post(null, { recipient: 'sanne@example.org', permanent: true })).status).toBe(401);
    expect((await post('Bearer verkeerd', { recipient: 'sanne@example.org', permanent: true })).status).toBe(
      401,
    );
    expect((await post(`Bearer ${BOUNCE_SECRET}`, { recipient: 'geen adres', permanent: true })).status).toBe(
      400,
    );
    // A full mailbox (temporary) changes nothing.
    expect(
      (await post(`Bearer ${BOUNCE_SECRET}`, { recipient: 'sanne@example.org', permanent: false })).status,
    ).toBe(204);
    const c = await clientFor(sanne);
    expect((await c.get<OutreachSettingsView>('/api/outreach/me')).body.email).toMatchObject({
      verified: true,
    });
    expect(
      (await post(`Bearer ${BOUNCE_SECRET}`, { recipient: 'Sanne@Example.org', permanent: true })).status,
    ).toBe(204);
    expect((await c.get<OutreachSettingsView>('/api/outreach/me')).body.email).toEqual({
      address: 'sanne@example.org',
      verified: false,
      unverifiedReason: 'bounced',
    });
    // And nothing more is mailed there.
    await t.app
      .get(NotificationsService)
      .notify({ organisationId: orgId, recipients: [sanne.membershipId], kind: 'reply_received', roomId });
    await sleep(1500);
    expect(sink.mails).toHaveLength(0);
  });
});
