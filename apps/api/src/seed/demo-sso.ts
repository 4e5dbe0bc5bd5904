import type { EntityManager } from 'typeorm';

/**
 * Single sign-on in the demo: a provider filled in but switched off (the demo runs no provider), so an
 * admin sees under Beheer where an organisation points Spiegel at its own log-in, and what to register there.
 */
export async function seedDemoSso(
  em: EntityManager,
  organisationId: string,
  adminMembershipId: string,
  now: Date,
): Promise<void> {
  await em.query(
    `INSERT INTO sso_configs (organisation_id, enabled, issuer, client_id, client_secret_encrypted, email_domains,
       role_mode, role_claim, admin_values, facilitator_values, updated_by_membership_id, updated_at)
     VALUES ($1, false, 'https://login.de-brug.example/realms/medewerkers', 'spiegel', NULL, ARRAY['de-brug.example'],
       'claim', 'groups', ARRAY['spiegel-beheer'], ARRAY['spiegel-begeleiding'], $2, $3)`,
    [organisationId, adminMembershipId, now],
  );
}
