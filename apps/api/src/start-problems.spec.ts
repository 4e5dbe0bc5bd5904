import { describe, expect, it } from '@jest/globals';
import net from 'node:net';
import { assertPortFree, databaseProblem, portProblem, StartProblem } from './start-problems.js';

const URL_WITH_SECRET = 'postgres://spiegel:geheim-wachtwoord@db.example:6543/spiegel_prod';
const sysError = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

describe('what the start says when it cannot start', () => {
  it('should name the taken port and what to do, in one sentence', () => {
    const problem = portProblem(sysError('EADDRINUSE'), 4610);
    expect(problem).toBeInstanceOf(StartProblem);
    expect(problem!.message).toBe(
      'Port 4610 is already in use: set PORT to a free port (for example PORT=3000 pnpm start), or stop what uses it.',
    );
    expect(portProblem(sysError('EACCES'), 80)!.message).toContain('set PORT to 1024 or higher');
    expect(portProblem(new Error('anders'), 4610)).toBeNull();
  });

  it('should find a port that is taken before anything starts, and pass a free one', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    const { port } = taken.address() as net.AddressInfo;
    try {
      await expect(assertPortFree(port, '127.0.0.1')).rejects.toThrow(`Port ${port} is already in use`);
    } finally {
      await new Promise((r) => taken.close(r));
    }
    await expect(assertPortFree(port, '127.0.0.1')).resolves.toBeUndefined();
  });

  it('should say which database does not answer or refuses, and never its password', () => {
    const cases: [unknown, RegExp][] = [
      [
        sysError('ECONNREFUSED'),
        /^PostgreSQL on db\.example:6543 \(DATABASE_URL\) does not answer: start it/,
      ],
      // Node's dual-stack connect fails with an AggregateError that holds the codes.
      [Object.assign(new AggregateError([sysError('ECONNREFUSED')]), { code: undefined }), /does not answer/],
      [sysError('ENOTFOUND'), /^The database host "db\.example" in DATABASE_URL cannot be found/],
      [
        Object.assign(new Error('database does not exist'), { code: '3D000' }),
        /^The database "spiegel_prod" does not exist on db\.example:6543: create it \(createdb -h db\.example -p 6543 spiegel_prod\)/,
      ],
      [Object.assign(new Error('auth'), { code: '28P01' }), /refused the password of user "spiegel"/],
    ];
    for (const [err, expected] of cases) {
      const problem = databaseProblem(err, URL_WITH_SECRET);
      expect(problem?.message).toMatch(expected);
      expect(problem!.message).not.toContain('geheim');
      expect(problem!.message).not.toContain('\n');
    }
    expect(databaseProblem(new Error('iets anders'), URL_WITH_SECRET)).toBeNull();
  });
});
