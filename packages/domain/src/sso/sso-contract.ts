/** Single sign-on for staff (OpenID Connect): what crosses the wire between api and web. */

export const SSO_ROLE_MODES = ['invite_only', 'claim'] as const;
/**
 * `invite_only`: the role comes from the invitation (or the existing account) and the provider's claims
 * never change it. `claim`: one claim of the ID token decides, at every log-in, whether the person is an
 * admin or a facilitator; a person whose claim maps to neither is refused.
 */
export type SsoRoleMode = (typeof SSO_ROLE_MODES)[number];

/** The roles single sign-on may give: staff only (participants keep invitations and passwords). */
export const SSO_ROLES = ['admin', 'facilitator'] as const;
export type SsoRole = (typeof SSO_ROLES)[number];

export interface SsoRoleMapping {
  mode: SsoRoleMode;
  /** The claim to read in `claim` mode, e.g. `groups` or `roles`. */
  claim: string | null;
  /** Claim values that make someone an admin (wins over facilitator). */
  adminValues: string[];
  facilitatorValues: string[];
}

/** What an admin sees of the organisation's configuration: never the client secret itself. */
export interface SsoConfigView {
  configured: boolean;
  enabled: boolean;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  emailDomains: string[];
  mapping: SsoRoleMapping;
  /** Register this at the provider as the redirect (callback) URI. */
  redirectUri: string;
  /** The address staff use to log in with their organisation. */
  loginUrl: string;
  updatedAt: string | null;
}

export interface SsoConfigInput {
  enabled: boolean;
  issuer: string;
  clientId: string;
  /** Empty or absent keeps the stored secret. */
  clientSecret?: string;
  emailDomains: string[];
  mapping: SsoRoleMapping;
}

/** Whether the log-in page offers "Inloggen met je organisatie", and where it starts. */
export interface SsoDiscovery {
  available: boolean;
  organisationName: string | null;
  startUrl: string | null;
}
