import type { DataSource, EntityManager } from 'typeorm';
import { newId } from '../../common/crypto.js';
import { hashPassword } from './password-hasher.js';
import { User } from './user.entity.js';
import type { Membership, MembershipRole } from '../organisations/membership.entity.js';
import { insertMembership } from '../organisations/memberships.repository.js';
import { insertOrganisation } from '../organisations/organisations.repository.js';

export function slugify(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'organisatie'
  );
}

export interface NewAccount {
  organisationId: string;
  loginName: string;
  displayName: string;
  password: string;
  role: MembershipRole;
  email?: string | null;
}

/** Creates a user and their membership; the caller owns the transaction and the uniqueness checks. */
export async function createAccount(
  em: EntityManager,
  a: NewAccount,
): Promise<{ user: User; membership: Membership }> {
  const now = new Date();
  const user = em.create(User, {
    id: newId(),
    loginName: a.loginName.trim().toLowerCase(),
    email: a.email?.trim() || null,
    passwordHash: await hashPassword(a.password),
    passwordChangedAt: now,
  });
  await em.insert(User, user);
  const membership = await insertMembership(em, {
    id: newId(),
    organisationId: a.organisationId,
    userId: user.id,
    role: a.role,
    displayName: a.displayName,
  });
  return { user, membership };
}

/** Whether an account already uses this login name (sso picks a free one inside its transaction). */
export function loginNameTaken(em: EntityManager, loginName: string): Promise<boolean> {
  return em.getRepository(User).exists({ where: { loginName } });
}

export async function createOrganisationWithAdmin(
  ds: DataSource,
  input: { name: string; adminLogin: string; adminDisplayName: string; adminPassword: string; slug?: string },
): Promise<{ organisationId: string; membershipId: string }> {
  return ds.transaction(async (em) => {
    const org = await insertOrganisation(em, {
      id: newId(),
      name: input.name.trim(),
      slug: input.slug ?? slugify(input.name),
    });
    const { membership } = await createAccount(em, {
      organisationId: org.id,
      loginName: input.adminLogin,
      displayName: input.adminDisplayName,
      password: input.adminPassword,
      role: 'admin',
    });
    return { organisationId: org.id, membershipId: membership.id };
  });
}
