import pg from 'pg';

/**
 * The pg module for TypeORM, with a pool that gives every client it creates an 'error' listener.
 *
 * pg emits 'error' on a client when the server ends its connection (a restart: FATAL 57P01) at a moment
 * the client has no query running. The pool listens while a client is idle in it, and TypeORM does not
 * listen on the clients it has checked out (a transaction between statements, a held QueryRunner): such
 * an 'error' had no listener and crashed the process. The client is already unusable then, and its
 * caller's next query fails and is answered as an error; the pool drops it and connects afresh.
 */
export function guardedPg(onClientError: (err: Error) => void): typeof pg {
  class GuardedPool extends pg.Pool {
    constructor(config?: pg.PoolConfig) {
      super(config);
      this.on('connect', (client) => {
        client.on('error', onClientError);
      });
    }
  }
  return Object.assign(Object.create(Object.getPrototypeOf(pg) as object) as typeof pg, pg, {
    Pool: GuardedPool,
  });
}
