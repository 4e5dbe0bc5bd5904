import path from 'node:path';
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
  SEED_DEMO: booleanFlag,
  REDIS_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().optional(),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  SEND_LIMIT_PER_USER: z.coerce.number().int().min(1).default(20),
  SEND_LIMIT_PER_ROOM: z.coerce.number().int().min(1).default(60),
  JOBS: z.enum(['on', 'off']).optional(),
  RETENTION_DAYS: z.coerce.number().int().min(0).max(36500).default(730),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicOrigin: string;
  allowedOrigins: string[];
  databaseUrl: string | undefined;
  embeddedPgDir: string;
  embeddedPgPort: number;
  seedDemo: boolean;
  redisUrl: string | undefined;
  logLevel: string;
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
  /** Days after a traject's completion before the text in its group room is removed; 0 keeps it. */
  retentionDays: number;
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
  const publicOrigin = new URL(e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`).origin;
  const extra = e.ALLOWED_ORIGINS.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => new URL(s).origin);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicOrigin,
    allowedOrigins: [...new Set([publicOrigin, ...extra])],
    databaseUrl: e.DATABASE_URL || undefined,
    embeddedPgDir: path.resolve(e.EMBEDDED_PG_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    seedDemo: e.SEED_DEMO,
    redisUrl: e.REDIS_URL || undefined,
    logLevel: e.LOG_LEVEL,
    webDistDir: e.WEB_DIST_DIR ? path.resolve(e.WEB_DIST_DIR) : undefined,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE === 'auto' ? publicOrigin.startsWith('https:') : e.COOKIE_SECURE === 'true',
    loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    sendLimitPerUser: e.SEND_LIMIT_PER_USER,
    sendLimitPerRoom: e.SEND_LIMIT_PER_ROOM,
    retentionDays: e.RETENTION_DAYS,
    jobsEnabled: (e.JOBS ?? (e.NODE_ENV === 'test' ? 'off' : 'on')) === 'on',
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
