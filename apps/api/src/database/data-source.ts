import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { guardedPg } from './guarded-pg.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** Called when the server ends a connection a client holds (a restart); the message has no content. */
export type ClientErrorHandler = (err: Error) => void;

export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
  onClientError: ClientErrorHandler = () => undefined,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    driver: guardedPg(onClientError),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'migrations',
    logging: false,
    // Survive a database restart: pg drops dead clients from the pool, new queries reconnect. No JIT: the
    // dashboards' aggregates look expensive enough to be compiled, which takes longer than running them.
    extra: { max: 20, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000, options: '-c jit=off' },
    ...overrides,
  } as DataSourceOptions;
}

export function createDataSource(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
  onClientError?: ClientErrorHandler,
): DataSource {
  return new DataSource(dataSourceOptions(url, overrides, onClientError));
}
