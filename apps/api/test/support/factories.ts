import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/crypto.js';
import { createAccount } from '../../src/modules/organisations/create-organisation.js';
import type { MembershipRole } from '../../src/modules/organisations/membership.entity.js';
import { Organisation } from '../../src/modules/organisations/organisation.entity.js';

export const TEST_PASSWORD = 'correct-horse-battery';
let seq = 0;

export async function buildOrganisation(ds: DataSource, name = `Academie ${++seq}`): Promise<Organisation> {
  const org = ds
    .getRepository(Organisation)
    .create({ id: newId(), name, slug: `org-${newId().slice(0, 8)}` });
  await ds.getRepository(Organisation).insert(org);
  return org;
}

export interface TestMember {
  membershipId: string;
  userId: string;
  organisationId: string;
  login: string;
  password: string;
  displayName: string;
  role: MembershipRole;
}

export async function buildMember(
  ds: DataSource,
  organisationId: string,
  role: MembershipRole = 'participant',
  overrides: { login?: string; displayName?: string; password?: string } = {},
): Promise<TestMember> {
  const n = ++seq;
  const login = overrides.login ?? `user${n}-${newId().slice(0, 6)}`;
  const displayName = overrides.displayName ?? `Lid ${n}`;
  const password = overrides.password ?? TEST_PASSWORD;
  const { user, membership } = await ds.transaction((em) =>
    createAccount(em, { organisationId, loginName: login, displayName, password, role }),
  );
  return { membershipId: membership.id, userId: user.id, organisationId, login, password, displayName, role };
}
