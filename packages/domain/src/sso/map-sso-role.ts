import type { SsoRole, SsoRoleMapping } from './sso-contract.js';

/** Claim values as the provider sends them: a string, a list of strings, or something else (ignored). */
function claimValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * The role a provider's claims give under a mapping: `keep` in `invite_only` mode (the invitation or the
 * account decides), the mapped role in `claim` mode, or `none` when the claim maps to no staff role.
 * Admin wins when both match. Values compare exactly (providers' group ids are case-sensitive).
 */
export function mapSsoRole(
  mapping: SsoRoleMapping,
  claims: Readonly<Record<string, unknown>>,
): SsoRole | 'keep' | 'none' {
  if (mapping.mode === 'invite_only') return 'keep';
  if (!mapping.claim) return 'none';
  const values = claimValues(claims[mapping.claim]);
  if (values.some((v) => mapping.adminValues.includes(v))) return 'admin';
  if (values.some((v) => mapping.facilitatorValues.includes(v))) return 'facilitator';
  return 'none';
}

/** The lower-cased domain of an address, or null when it is not one. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) return null;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain) ? domain : null;
}
