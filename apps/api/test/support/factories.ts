import type { DataSource } from 'typeorm';
import { newId } from '../../src/common/crypto.js';
import { createAccount } from '../../src/modules/auth/create-organisation.js';
import type { MembershipRole } from '../../src/modules/organisations/membership.entity.js';
import { Organisation } from '../../src/modules/organisations/organisation.entity.js';

export const TEST_PASSWORD = 'correct-horse-battery';
let seq = 0;

/**
 * An organisation. Its staff need no second factor unless `twoFactorRequired` (the product's default is
 * on; the suites about other things log staff in with a password, the two-factor suite turns it on).
 */
export async function buildOrganisation(
  ds: DataSource,
  name = `Academie ${++seq}`,
  { twoFactorRequired = false }: { twoFactorRequired?: boolean } = {},
): Promise<Organisation> {
  const org = ds
    .getRepository(Organisation)
    .create({ id: newId(), name, slug: `org-${newId().slice(0, 8)}` });
  await ds.getRepository(Organisation).insert(org);
  if (!twoFactorRequired)
    await ds.query(
      `INSERT INTO two_factor_policies (organisation_id, required_for_staff) VALUES ($1, false)`,
      [org.id],
    );
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
