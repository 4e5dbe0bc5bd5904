import net from 'node:net';

/**
 * What the start says when Spiegel cannot start for a reason the person starting it can fix: one sentence
 * that names the cause and what to do, instead of a stack trace. Never the password of DATABASE_URL.
 */
export class StartProblem extends Error {}

/** The `code` of a system or PostgreSQL error; Node puts a failed dual-stack connect's in `errors`. */
function codeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as { code?: unknown; errors?: unknown };
  if (typeof e.code === 'string') return e.code;
  return Array.isArray(e.errors) ? codeOf(e.errors[0]) : undefined;
}

/** The sentence for a port Spiegel cannot listen on, or null when `err` is something else. */
export function portProblem(err: unknown, port: number): StartProblem | null {
  switch (codeOf(err)) {
    case 'EADDRINUSE':
      return new StartProblem(
        `Port ${port} is already in use: set PORT to a free port (for example PORT=${port === 3000 ? 3001 : 3000} pnpm start), or stop what uses it.`,
      );
    case 'EACCES':
      return new StartProblem(`Port ${port} needs extra rights to listen on: set PORT to 1024 or higher.`);
    case 'EADDRNOTAVAIL':
      return new StartProblem(
        `This machine has no address to listen on port ${port} as HOST asks: set HOST to one of its addresses, or leave it out (0.0.0.0).`,
      );
    default:
      return null;
  }
}

/**
 * Fails with a StartProblem when nothing can listen on `port` now, before the database starts (which takes
 * a while and would only be stopped again). Listening itself can still lose a race; `portProblem` explains that.
 */
export function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err) => reject(portProblem(err, port) ?? err));
    probe.listen({ port, host }, () => probe.close(() => resolve()));
  });
}

/** The sentence for a database Spiegel cannot use, or null when `err` is something else. */
export function databaseProblem(err: unknown, databaseUrl: string): StartProblem | null {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return null;
  }
  const host = decodeURIComponent(url.hostname) || 'localhost';
  const where = `${host}:${url.port || '5432'}`;
  const name = decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username);
  const user = url.username ? `user "${decodeURIComponent(url.username)}"` : 'the default user';
  const embedded = 'Without DATABASE_URL, pnpm start runs a PostgreSQL of its own.';
  switch (codeOf(err)) {
    case 'ECONNREFUSED':
      return new StartProblem(
        `PostgreSQL on ${where} (DATABASE_URL) does not answer: start it, or correct the host and port. ${embedded}`,
      );
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new StartProblem(
        `PostgreSQL on ${where} (DATABASE_URL) cannot be reached: check the address and the network in between. ${embedded}`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartProblem(
        `The database host "${host}" in DATABASE_URL cannot be found: check its spelling. ${embedded}`,
      );
    case '3D000':
      return new StartProblem(
        `The database "${name}" does not exist on ${where}: create it (createdb -h ${host} -p ${url.port || '5432'} ${name}), or point DATABASE_URL at one that does.`,
      );
    case '28P01':
      return new StartProblem(
        `PostgreSQL on ${where} refused the password of ${user} (DATABASE_URL): correct the user or password.`,
      );
    case '28000':
      return new StartProblem(
        `PostgreSQL on ${where} does not let ${user} in (pg_hba.conf or the role): allow it there, or use another user in DATABASE_URL.`,
      );
    default:
      return null;
  }
}
