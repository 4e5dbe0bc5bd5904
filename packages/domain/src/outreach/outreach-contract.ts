import type { NotificationKind } from '../realtime-events.js';

/** What can reach someone outside the app; each kind has its own one-click unsubscribe. */
export const OUTREACH_KINDS = [
  'herkenning',
  'mentor',
  'checkin',
  'trajecten',
  'crisis',
  'community',
] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

export const OUTREACH_CHANNELS = ['inapp', 'email', 'push'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

export const OUTREACH_FREQUENCIES = ['direct', 'daily', 'weekly'] as const;
export type OutreachFrequency = (typeof OUTREACH_FREQUENCIES)[number];

export const DELIVERY_STATUSES = ['queued', 'retrying', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One person's choice for one kind. */
export interface OutreachPreference {
  kind: OutreachKind;
  email: boolean;
  push: boolean;
  frequency: OutreachFrequency;
}

/** GET/PUT /api/outreach/me: the address (never shown to others) and the choices per kind. */
export interface OutreachSettingsView {
  email: { address: string; verified: boolean; unverifiedReason: 'bounced' | null } | null;
  preferences: OutreachPreference[];
  /**
   * Quiet hours in Dutch time, "HH:MM"; mails and pushes wait until they end. `crisisAlways` (staff):
   * crisis alerts come through anyway.
   */
  quietHours: QuietHours | null;
  /** When the person last saved their choices: the consent record. */
  consentedAt: string | null;
}

export interface SetEmailInput {
  address: string;
}

export interface QuietHours {
  from: string;
  to: string;
  crisisAlways?: boolean;
}

export interface SaveOutreachPreferencesInput {
  preferences: OutreachPreference[];
  quietHours: QuietHours | null;
}

/** For admins: what is waiting or failed, without any content. */
export interface DeliveryView {
  id: string;
  channel: Exclude<OutreachChannel, 'inapp'>;
  kind: OutreachKind | 'verification' | 'digest';
  recipient: { membershipId: string; displayName: string };
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface DeliveryOverview {
  backlog: number;
  failed: number;
  deliveries: DeliveryView[];
}

/** A mail caught by the local SMTP catcher (demo and development without SMTP_URL). */
export interface CaughtMailView {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  listUnsubscribe: string | null;
  receivedAt: string;
}

/** Which unsubscribe group a notification belongs to. */
export function outreachKindOf(kind: NotificationKind): OutreachKind {
  switch (kind) {
    case 'herkenning_received':
    case 'reply_received':
      return 'herkenning';
    case 'mentor_suggested':
    case 'mentor_invite':
    case 'mentor_request':
    case 'mentor_accepted':
    case 'mentor_declined':
    case 'mentorship_ended':
      return 'mentor';
    case 'followup_message':
      return 'checkin';
    case 'enrolment_invite':
    case 'traject_completed':
    case 'questionnaire_due':
      return 'trajecten';
    case 'crisis_alert':
    case 'crisis_escalated':
      return 'crisis';
    case 'report':
    case 'hidden':
    case 'direct_request':
    case 'direct_accepted':
    case 'room_added':
    case 'zwart_gat_high':
    case 'two_factor_reset':
    case 'system':
      return 'community';
  }
}

/**
 * The defaults before anyone chose: staff get crisis alerts by e-mail and push; nobody else is
 * mailed until they chose (participants are offered recognition and replies as a weekly digest first).
 */
export function defaultOutreachPreferences(
  role: 'participant' | 'facilitator' | 'admin' | 'onderzoeker',
): OutreachPreference[] {
  return OUTREACH_KINDS.map((kind) => {
    const staffCrisis = kind === 'crisis' && (role === 'facilitator' || role === 'admin');
    return {
      kind,
      email: staffCrisis,
      push: staffCrisis,
      frequency: kind === 'herkenning' && role === 'participant' ? 'weekly' : 'direct',
    };
  });
}

/** A person's saved choices filled up with the defaults for their role for any kind not chosen yet. */
export function completePreferences(
  saved: readonly OutreachPreference[] | null,
  role: Parameters<typeof defaultOutreachPreferences>[0],
): OutreachPreference[] {
  const defaults = defaultOutreachPreferences(role);
  if (!saved) return defaults;
  return defaults.map((d) => saved.find((s) => s.kind === d.kind) ?? d);
}
