import type { NotificationKind } from '../realtime-events.js';
import {
  defaultOutreachPreferences,
  type OutreachKind,
  outreachKindOf,
  type OutreachPreference,
} from './outreach-contract.js';
import { type MailLocale, renderOutreachMail } from './render-outreach-mail.js';
import { formatSessionTime } from './reminders.js';

/** POST /api/outreach/push/devices: what the browser's PushManager.subscribe() gave (PushSubscription.toJSON()). */
export interface PushSubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  /** A name the person recognises the device by ("Telefoon", "Firefox op Linux"); never required. */
  label?: string;
  locale?: MailLocale;
}

/** One device that receives push for me. The endpoint itself is a capability and never shown back. */
export interface PushDeviceView {
  id: string;
  label: string;
  createdAt: string;
  lastSuccessAt: string | null;
}

/** GET /api/outreach/push: the server's public VAPID key (applicationServerKey) and my devices. */
export interface PushSettingsView {
  publicKey: string;
  devices: PushDeviceView[];
  /** Only in the answer to a subscribe: which of the devices is the one that just subscribed. */
  currentDeviceId?: string;
}

/**
 * What travels inside the encrypted push message: the kind, the place name only where an e-mail
 * would name it too, and a link. Never what anyone wrote.
 */
export interface PushPayload {
  kind: OutreachKind;
  title: string;
  body: string;
  url: string;
  /** Replaces an earlier notification with the same tag on the device instead of stacking them. */
  tag: string;
}

/** The words for a push message; the headline is the e-mail's subject (same rule for the place name). */
export function renderPushPayload(input: {
  locale: MailLocale;
  notificationKind: NotificationKind;
  placeName: string | null;
  link: string;
}): PushPayload {
  const kind = outreachKindOf(input.notificationKind);
  const { subject } = renderOutreachMail({
    template: 'notification',
    locale: input.locale,
    organisationName: 'Spiegel',
    notificationKind: input.notificationKind,
    placeName: input.placeName,
    link: input.link,
    unsubscribeLink: input.link,
  });
  const nl = input.locale === 'nl';
  const body =
    kind === 'crisis'
      ? nl
        ? 'Open Spiegel om te kijken wie er contact opneemt.'
        : 'Open Spiegel to see who is reaching out.'
      : nl
        ? 'Open Spiegel om te kijken.'
        : 'Open Spiegel to have a look.';
  return { kind, title: subject, body, url: input.link, tag: `spiegel-${kind}` };
}

/**
 * A session reminder (or its cancel) by push: the traject's name, the day and time, and a link. The
 * session's own title stays out: a push shows on a locked screen, and a title such as "Omgaan met
 * terugval" says more than the person may want shown there. The tag is the session's, so a cancel
 * replaces the reminder on the device instead of sitting beside it.
 */
export function renderSessionPushPayload(input: {
  locale: MailLocale;
  trajectName: string;
  sessionId: string;
  /** ISO instant; shown in Dutch time. */
  startsAt: string;
  cancelled: boolean;
  link: string;
}): PushPayload {
  const nl = input.locale === 'nl';
  const when = formatSessionTime(new Date(input.startsAt), input.locale);
  const title = input.cancelled
    ? nl
      ? `Bijeenkomst gaat niet door: ${input.trajectName}`
      : `Session cancelled: ${input.trajectName}`
    : nl
      ? `Morgen: bijeenkomst van ${input.trajectName}`
      : `Tomorrow: session of ${input.trajectName}`;
  const body = input.cancelled
    ? nl
      ? `De bijeenkomst van ${when} gaat niet door.`
      : `The session on ${when} will not take place.`
    : nl
      ? `${when[0]!.toUpperCase()}${when.slice(1)}. Open Spiegel voor je traject.`
      : `${when[0]!.toUpperCase()}${when.slice(1)}. Open Spiegel for your traject.`;
  return { kind: 'trajecten', title, body, url: input.link, tag: `spiegel-session-${input.sessionId}` };
}

/** The saved choices filled up with the defaults for any kind not chosen yet. */
export function completeOutreachPreferences(
  saved: OutreachPreference[] | null,
  role: 'participant' | 'facilitator' | 'admin',
): OutreachPreference[] {
  const defaults = defaultOutreachPreferences(role);
  if (!saved) return defaults;
  return defaults.map((d) => saved.find((s) => s.kind === d.kind) ?? d);
}

/** Whether a push for this notification kind goes to this person: push chosen for its kind (never gathered in a digest). */
export function wantsPush(
  saved: OutreachPreference[] | null,
  role: 'participant' | 'facilitator' | 'admin',
  notificationKind: NotificationKind,
): boolean {
  const kind = outreachKindOf(notificationKind);
  return completeOutreachPreferences(saved, role).find((p) => p.kind === kind)?.push === true;
}

const PUSH_SERVICE_PORTS = new Set(['', '443']);

/**
 * Whether an endpoint may be posted to: https on the default port to a named host (never an IP
 * literal or localhost: the server must not be steered at its own network). `allowLoopbackHttp` is
 * for tests, which run a push service on 127.0.0.1.
 */
export function isAllowedPushEndpoint(endpoint: string, allowLoopbackHttp = false): boolean {
  // Parsed by hand: the domain package has no URL class (no DOM or Node types), and only this much is needed.
  const m = /^(https?):\/\/([^/?#\s]+)([/?#]\S*)?$/i.exec(endpoint);
  if (!m) return false;
  const protocol = m[1]!.toLowerCase();
  const authority = m[2]!.toLowerCase();
  if (authority.includes('@')) return false;
  const hostPort = /^(\[[^\]]*\]|[^:]+)(?::(\d*))?$/.exec(authority);
  if (!hostPort) return false;
  const host = hostPort[1]!;
  const port = hostPort[2] ?? '';
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  if (protocol === 'http') return allowLoopbackHttp && loopback;
  if (allowLoopbackHttp && loopback) return true;
  if (!PUSH_SERVICE_PORTS.has(port)) return false;
  if (loopback || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))
    return false;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return false;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host);
}
