import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PersonalDataParts } from '../../src/modules/privacy/personal-data-parts.js';
import { COVERED_BY_SERVICES } from '../../src/modules/privacy/personal-data-coverage.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/** A column that names a member or a user: by foreign key, or by name (`…membership_id`, `user_id`, `…_by`). */
const PERSON_COLUMN = /(^|_)(membership_id|user_id)$|_by$/;

/** Every base table with such a column: from the entities TypeORM knows and from the schema's foreign keys. */
async function tablesWithPeople(): Promise<Set<string>> {
  const out = new Set<string>();
  for (const e of t.ds.entityMetadatas) {
    const byName = e.columns.some((c) => PERSON_COLUMN.test(c.databaseName));
    const byRelation = e.relations.some((r) =>
      ['memberships', 'users'].includes(r.inverseEntityMetadata.tableName),
    );
    if (byName || byRelation) out.add(e.tableName);
  }
  const rows = await t.ds.query<{ tbl: string }[]>(
    `SELECT DISTINCT c.table_name AS tbl
       FROM information_schema.columns c
       JOIN information_schema.tables x ON x.table_schema = c.table_schema AND x.table_name = c.table_name
      WHERE c.table_schema = 'public' AND x.table_type = 'BASE TABLE' AND c.column_name ~ $1
     UNION
     SELECT conrelid::regclass::text FROM pg_constraint
      WHERE contype = 'f' AND confrelid::regclass::text IN ('memberships', 'users')`,
    [PERSON_COLUMN.source],
  );
  for (const r of rows) out.add(r.tbl);
  return out;
}

describe('a person’s data', () => {
  it('should have every table with a member or user column covered by some owner’s part', async () => {
    const parts = t.app.get(PersonalDataParts).all();
    expect(parts.map((p) => p.owner).sort()).toEqual([
      'auth',
      'insight',
      'mentors',
      'nazorg',
      'organisations',
      'sso',
      'trajecten',
    ]);
    const covered = new Set([...parts.flatMap((p) => p.tables), ...Object.keys(COVERED_BY_SERVICES)]);
    const people = await tablesWithPeople();
    expect(people.size).toBeGreaterThan(30);
    expect([...people].filter((name) => !covered.has(name)).sort()).toEqual([]);
  });

  it('should name only tables that exist, each in one place', async () => {
    const parts = t.app.get(PersonalDataParts).all();
    const named = [...parts.flatMap((p) => p.tables), ...Object.keys(COVERED_BY_SERVICES)];
    const rows = await t.ds.query<{ tablename: string }[]>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    const existing = new Set(rows.map((r) => r.tablename));
    expect(named.filter((name) => !existing.has(name))).toEqual([]);
    expect(named.filter((name, i) => named.indexOf(name) !== i)).toEqual([]);
  });
});
