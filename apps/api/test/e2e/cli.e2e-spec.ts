import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  resetDatabase,
  startTestApp,
  type TestApp,
  TestClient,
  testDatabaseUrl,
} from '../support/test-app.js';

/** The deployment CLI, run as an operator would: the built script against a real database. */
const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/database/cli.js');

let t: TestApp;
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first.`);
  t = await startTestApp();
  await resetDatabase(t.ds);
});
afterAll(async () => {
  await t.close();
});

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, DATABASE_URL: testDatabaseUrl(), ...env },
    encoding: 'utf8',
  });
}

describe('spiegel CLI', () => {
  it('should create an organisation and its first admin, who can then log in', async () => {
    const res = cli(['create-organisation', 'Herstelacademie Oost', 'eerste-beheerder', 'Marit'], {
      ADMIN_PASSWORD: 'een-sterk-wachtwoord',
    });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('Herstelacademie Oost');
    expect(res.stdout).not.toContain('een-sterk-wachtwoord');
    const c = new TestClient(t.url, t.origin);
    const login = await c.login('eerste-beheerder', 'een-sterk-wachtwoord');
    expect(login.status).toBe(200);
    // A new organisation requires a second factor for staff: the first admin enrols before any session.
    expect(login.body).toEqual({ secondFactor: { step: 'enrol' } });
    const pending = await c.get('/api/two-factor/pending');
    expect(pending.body).toEqual({ step: 'enrol', displayName: 'Marit' });
  });

  it('should refuse to run without a password and say how to give one', () => {
    const res = cli(['create-organisation', 'Zonder wachtwoord', 'iemand', 'Iemand']);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('ADMIN_PASSWORD');
  });

  it('should report that migrations are up to date', () => {
    const res = cli(['check']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('up to date');
  });
});
