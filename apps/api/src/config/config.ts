import path from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** The origin people use in their browser; used for Origin/CSRF checks, links and cookie flags. */
  PUBLIC_ORIGIN: z.url().optional(),
  /** Extra allowed browser origins, comma separated (e.g. a Vite dev server). */
  ALLOWED_ORIGINS: z.string().default(''),
  DATABASE_URL: z.string().optional(),
  EMBEDDED_PG_DIR: z.string().default('./data/postgres'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PG_BIN_DIR: z.string().optional(),
  SEED_DEMO: booleanFlag,
  REDIS_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_REQUESTS: booleanFlag,
  WEB_DIST_DIR: z.string().optional(),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SEND_LIMIT_PER_USER: z.coerce.number().int().min(1).default(20),
  SEND_LIMIT_PER_ROOM: z.coerce.number().int().min(1).default(60),
  JOBS: z.enum(['on', 'off']).optional(),
  /** Classification and crisis detection of new contributions on a worker thread (off: on the event loop). */
  TEXT_READER_THREAD: z.enum(['on', 'off']).optional(),
  RETENTION_DAYS: z.coerce.number().int().min(0).max(36500).default(730),
  // NEN 7513 is read as "keep access logs at least five years"; the institution may choose longer.
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36500).default(1826),
  ALERT_ESCALATION_MINUTES: z.coerce.number().positive().max(1440).default(10),
  ALERT_CHECK_SECONDS: z.coerce.number().positive().max(3600).default(30),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('')),
  MAIL_FROM: z
    .string()
    .regex(/^(.+ )?<?[^\s@<>]+@[^\s@<>]+>?$/, 'must be an address, e.g. "Spiegel <spiegel@example.org>"')
    .optional(),
  MAIL_CATCHER: z.enum(['on', 'off']).optional(),
  OUTREACH_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(10),
  OUTREACH_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(86400).default(30),
  OUTREACH_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  /** 32 bytes, as 64 hex characters or base64: encrypts SSO client secrets at rest. */
  SSO_ENCRYPTION_KEY: z
    .string()
    .refine((v) => v === '' || decodeKey(v) !== null, 'must be 32 bytes as 64 hex characters or base64')
    .optional(),
  OUTREACH_BATCH_SIZE: z.coerce.number().int().min(1).max(100).default(20),
  BOUNCE_WEBHOOK_SECRET: z.string().min(24, 'must be at least 24 characters').optional().or(z.literal('')),
  /** 32 bytes as 64 hex characters or base64: encrypts second-factor secrets at rest (AES-256-GCM). */
  TOTP_ENCRYPTION_KEY: z
    .string()
    .optional()
    .refine(
      (v) => !v || decodeKey(v) !== null,
      'must be 32 bytes: 64 hex characters or base64 (openssl rand -base64 32)',
    ),
  VAPID_PUBLIC_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9_-]{86,88}={0,2}$/,
      'must be a base64url P-256 public key (npx web-push generate-vapid-keys)',
    )
    .optional(),
  VAPID_PRIVATE_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{42,44}={0,2}$/, 'must be a base64url P-256 private key')
    .optional(),
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/[^\s]+)$/, 'must be a mailto: address or an https: URL')
    .optional(),
  RESEARCH_LETTER_VERSION: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,40}$/, 'letters, digits, dot, dash or underscore (at most 40)')
    .default('2026-1'),
});

/** A 32-byte key from 64 hex characters or base64 (url-safe or not); null when it is neither. */
function decodeKey(value: string): Buffer | null {
  const v = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(v)) {
    const b = Buffer.from(v, 'base64');
    return b.length === 32 ? b : null;
  }
  return null;
}

/** Outside production a fixed, plainly named development key lets `pnpm start` and the tests work without one. */
const DEV_SSO_KEY = createHash('sha256').update('spiegel development sso key, not for production').digest();
/**
 * Development and tests only (`pnpm start`, jest): a key everyone can derive from this line, so
 * secrets it protects are not secret. NODE_ENV=production refuses to start without TOTP_ENCRYPTION_KEY.
 */
export const DEV_TOTP_KEY = createHash('sha256')
  .update('spiegel development TOTP key - never for production')
  .digest();

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicOrigin: string;
  allowedOrigins: string[];
  databaseUrl: string | undefined;
  embeddedPgDir: string;
  embeddedPgPort: number;
  /** Where the backup CLI finds pg_dump/pg_restore; unset → the ones matching the server's version. */
  pgBinDir: string | undefined;
  seedDemo: boolean;
  redisUrl: string | undefined;
  logLevel: string;
  /** One log line per API request (off by default: server errors are logged either way). */
  logRequests: boolean;
  webDistDir: string | undefined;
  sessionTtlDays: number;
  cookieSecure: boolean;
  loginMaxAttempts: number;
  loginWindowMinutes: number;
  /** Contributions per person per 10 s (reactions: twice this). */
  sendLimitPerUser: number;
  /** Contributions per room per 10 s. */
  sendLimitPerRoom: number;
  /** Scheduled jobs (traject completion, zwart-gat); off by default in tests, which run them explicitly. */
  jobsEnabled: boolean;
  /** New contributions are classified on a worker thread (`TextReader`); off by default in tests. */
  textReaderThread: boolean;
  /** Days after a traject's completion before the text in its group room is removed; 0 keeps it. */
  retentionDays: number;
  /** Days the access log keeps an entry before the retention job removes it (chain anchored); 0 keeps all. */
  auditRetentionDays: number;
  /** A crisis case nobody picked up goes to the organisation's other staff after this long. */
  alertEscalationMs: number;
  /** How often each instance looks for cases due to escalate (with scheduled jobs on). */
  alertCheckMs: number;
  /** Outgoing mail; undefined → the local catcher (when mailCatcher) or no e-mail at all. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Without SMTP_URL: run a local SMTP catcher whose mails admins see in the app (default on outside tests). */
  mailCatcher: boolean;
  outreachRetryLimit: number;
  /** First retry delay; pg-boss doubles it each time (backoff). */
  outreachRetryDelaySeconds: number;
  outreachPollSeconds: number;
  /** Encrypts SSO client secrets; null in production without SSO_ENCRYPTION_KEY (SSO then cannot be configured). */
  ssoEncryptionKey: Buffer | null;
  /** AES-256-GCM key for second-factor secrets (and the remembered-device cookie's signature). */
  totpEncryptionKey: Buffer;
  /** True when no TOTP_ENCRYPTION_KEY was given (development and tests only). */
  totpKeyIsDevDefault: boolean;
  /** Deliveries fetched per poll and sent side by side. */
  outreachBatchSize: number;
  /** Shared secret of the bounce webhook (POST /api/outreach/bounces); unset → the webhook refuses all. */
  bounceWebhookSecret: string | undefined;
  /** Web push keys; unset → a pair made on first start and kept in the database. */
  vapidPublicKey: string | undefined;
  vapidPrivateKey: string | undefined;
  /** Who push services may contact about our pushes (mailto: or https:). */
  vapidSubject: string;
  /** Push endpoints on 127.0.0.1 over http (tests run a push service there); never outside tests. */
  pushAllowLoopback: boolean;
  /** The version of the research information letter people consent to; a new version asks again. */
  researchLetterVersion: string;
}

export class ConfigError extends Error {}

/** Parses the environment once; fails fast with a message that names each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (!e.TOTP_ENCRYPTION_KEY && e.NODE_ENV === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  TOTP_ENCRYPTION_KEY: required when NODE_ENV=production (32 bytes: openssl rand -base64 32); keep it with your backups',
    );
  }
  if (Boolean(e.VAPID_PUBLIC_KEY) !== Boolean(e.VAPID_PRIVATE_KEY))
    throw new ConfigError(
      'Invalid configuration:\n  VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: set both or neither (neither: a pair is made and kept in the database)',
    );
  const publicOrigin = new URL(e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`).origin;
  const extra = e.ALLOWED_ORIGINS.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => new URL(s).origin);
  const mailFrom = e.MAIL_FROM ?? `Spiegel <spiegel@${new URL(publicOrigin).hostname}>`;
  const mailAddress = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicOrigin,
    allowedOrigins: [...new Set([publicOrigin, ...extra])],
    databaseUrl: e.DATABASE_URL || undefined,
    embeddedPgDir: path.resolve(e.EMBEDDED_PG_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    pgBinDir: e.PG_BIN_DIR ? path.resolve(e.PG_BIN_DIR) : undefined,
    seedDemo: e.SEED_DEMO,
    redisUrl: e.REDIS_URL || undefined,
    logLevel: e.LOG_LEVEL,
    logRequests: e.LOG_REQUESTS,
    webDistDir: e.WEB_DIST_DIR ? path.resolve(e.WEB_DIST_DIR) : undefined,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? publicOrigin.startsWith('https:') : e.COOKIE_SECURE === 'true',
    loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    sendLimitPerUser: e.SEND_LIMIT_PER_USER,
    sendLimitPerRoom: e.SEND_LIMIT_PER_ROOM,
    retentionDays: e.RETENTION_DAYS,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    alertEscalationMs: Math.round(e.ALERT_ESCALATION_MINUTES * 60_000),
    alertCheckMs: Math.round(e.ALERT_CHECK_SECONDS * 1000),
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom,
    mailCatcher: !e.SMTP_URL && (e.MAIL_CATCHER ?? (e.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
    outreachRetryLimit: e.OUTREACH_RETRY_LIMIT,
    outreachRetryDelaySeconds: e.OUTREACH_RETRY_DELAY_SECONDS,
    outreachPollSeconds: e.OUTREACH_POLL_SECONDS,
    ssoEncryptionKey: e.SSO_ENCRYPTION_KEY
      ? decodeKey(e.SSO_ENCRYPTION_KEY)
      : e.NODE_ENV === 'production'
        ? null
        : DEV_SSO_KEY,
    outreachBatchSize: e.OUTREACH_BATCH_SIZE,
    bounceWebhookSecret: e.BOUNCE_WEBHOOK_SECRET || undefined,
    totpEncryptionKey: e.TOTP_ENCRYPTION_KEY ? decodeKey(e.TOTP_ENCRYPTION_KEY)! : DEV_TOTP_KEY,
    totpKeyIsDevDefault: !e.TOTP_ENCRYPTION_KEY,
    vapidPublicKey: e.VAPID_PUBLIC_KEY || undefined,
    vapidPrivateKey: e.VAPID_PRIVATE_KEY || undefined,
    vapidSubject: e.VAPID_SUBJECT ?? `mailto:${mailAddress}`,
    pushAllowLoopback: e.NODE_ENV === 'test',
    researchLetterVersion: e.RESEARCH_LETTER_VERSION,
    jobsEnabled: (e.JOBS ?? (e.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
    // Off by default in tests (one thread less to start per test app); the send tests switch it on.
    textReaderThread: (e.TEXT_READER_THREAD ?? (e.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
