import { Inject, Injectable } from '@nestjs/common';
import {
  emailDomain,
  mapSsoRole,
  SSO_ROLES,
  type SsoConfigInput,
  type SsoConfigView,
  type SsoDiscovery,
  type SsoRole,
  type SsoRoleMapping,
} from '@spiegel/domain';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import type { Actor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { newId, randomToken, sha256Hex } from '../../common/crypto.js';
import { LOGGER } from '../../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { RealtimeEmitter } from '../../realtime/realtime-emitter.js';
import { AuditService } from '../audit/audit.service.js';
import {
  SECOND_FACTOR_GATE,
  type PendingSecondStep,
  type SecondFactorGate,
} from '../auth/second-factor-gate.js';
import { SessionService } from '../auth/session.service.js';
import { InvitationsService } from '../invitations/invitations.service.js';
import { createAccount } from '../organisations/create-organisation.js';
import { displayNameKey, normaliseDisplayName } from '../organisations/display-name.js';
import type { Membership } from '../organisations/membership.entity.js';
import { openSecret, sealSecret } from './secret-box.js';
import type { SsoConfig } from './sso-config.entity.js';
import { SsoRepository } from './sso.repository.js';

const STATE_TTL_MS = 10 * 60_000;
const DISCOVERY_TTL_MS = 10 * 60_000;

/** Why a log-in through the provider was refused: recorded in the audit log, and the page says it kindly. */
export const SSO_REFUSALS = {
  not_configured: [
    404,
    'Je organisatie heeft inloggen via de organisatie niet aan staan. Log in met je inlognaam en wachtwoord.',
  ],
  provider_unreachable: [
    502,
    'De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  ],
  state_mismatch: [
    400,
    'Deze inlogpoging hoort niet bij deze browser of is al gebruikt. Begin opnieuw bij het inloggen.',
  ],
  expired: [400, 'Deze inlogpoging duurde te lang. Begin opnieuw bij het inloggen.'],
  provider_error: [
    400,
    'De inlogdienst van je organisatie heeft het inloggen afgebroken. Begin opnieuw of vraag je ICT-afdeling om hulp.',
  ],
  token_rejected: [400, 'We konden je inlogbewijs niet controleren. Begin opnieuw bij het inloggen.'],
  nonce_mismatch: [400, 'We konden je inlogbewijs niet controleren. Begin opnieuw bij het inloggen.'],
  email_unverified: [
    403,
    'Je organisatie heeft ons geen bevestigd e-mailadres van je gegeven. Vraag je ICT-afdeling om hulp.',
  ],
  no_invitation: [
    403,
    'Je hebt nog geen account in Spiegel. Vraag een beheerder van je organisatie om een uitnodiging op je werkmailadres; daarna kun je hier inloggen.',
  ],
  account_closed: [
    403,
    'Je account in Spiegel is gesloten. Vraag een beheerder van je organisatie om een nieuwe uitnodiging.',
  ],
  no_role: [
    403,
    'Je organisatie geeft je geen rol als begeleider of beheerder in Spiegel. Vraag je beheerder om toegang.',
  ],
} as const satisfies Record<string, readonly [number, string]>;
export type SsoRefusalReason = keyof typeof SSO_REFUSALS;

export class SsoRefusal extends Error {
  constructor(
    readonly reason: SsoRefusalReason,
    readonly organisationId: string | null = null,
  ) {
    super(SSO_REFUSALS[reason][1]);
  }
  get status(): number {
    return SSO_REFUSALS[this.reason][0];
  }
}

interface CachedDiscovery {
  key: string;
  config: oidc.Configuration;
  until: number;
}

/** The claim a failed ID token comparison was about (openid-client wraps oauth4webapi's error in `cause`). */
function comparedClaim(err: unknown): string | null {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { claim, cause } = e as { claim?: unknown; cause?: unknown };
    if (typeof claim === 'string') return claim;
    e = cause;
  }
  return null;
}

function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Lists as admins type them: trimmed, without empties or repeats. */
function cleanList(values: readonly string[], lower = false): string[] {
  const out = values.map((v) => (lower ? v.trim().toLowerCase() : v.trim())).filter(Boolean);
  return [...new Set(out)];
}

@Injectable()
export class SsoService {
  private readonly discoveries = new Map<string, CachedDiscovery>();

  constructor(
    private readonly repo: SsoRepository,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditService,
    private readonly realtime: RealtimeEmitter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(SECOND_FACTOR_GATE) private readonly secondFactor: SecondFactorGate,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicOrigin}/api/sso/callback`;
  }

  // ---- Admin configuration --------------------------------------------------------------------

  async getConfig(actor: Actor): Promise<SsoConfigView> {
    const [row, org] = await Promise.all([
      this.repo.configFor(actor.organisationId),
      this.repo.organisationById(actor.organisationId),
    ]);
    return this.toView(row, org.slug);
  }

  async saveConfig(actor: Actor, input: SsoConfigInput): Promise<SsoConfigView> {
    const key = this.config.ssoEncryptionKey;
    if (!key)
      throw new AppError(
        409,
        'SSO_NOT_CONFIGURED',
        'Single sign-on kan pas worden ingesteld als SSO_ENCRYPTION_KEY in de serverconfiguratie staat.',
      );
    const issuer = this.parseIssuer(input.issuer);
    const existing = await this.repo.configFor(actor.organisationId);
    const secret = input.clientSecret?.trim();
    const mapping = this.cleanMapping(input.mapping);
    const row: SsoConfig = {
      organisationId: actor.organisationId,
      enabled: input.enabled,
      issuer: issuer.href.replace(/\/$/, ''),
      clientId: input.clientId.trim(),
      clientSecretEncrypted: secret ? sealSecret(key, secret) : (existing?.clientSecretEncrypted ?? null),
      emailDomains: cleanList(input.emailDomains, true),
      roleMode: mapping.mode,
      roleClaim: mapping.claim,
      adminValues: mapping.adminValues,
      facilitatorValues: mapping.facilitatorValues,
      updatedByMembershipId: actor.membershipId,
      updatedAt: this.clock.now(),
    };
    if (row.enabled && !row.clientSecretEncrypted)
      throw new AppError(400, 'VALIDATION_FAILED', 'Vul het client secret in voordat je inloggen aanzet.');
    await this.repo.saveConfig(row);
    this.discoveries.delete(actor.organisationId);
    await this.audit.record(actor, 'sso.config_change', {
      targetType: 'organisation',
      targetId: actor.organisationId,
      // Never the secret: only whether it changed.
      details: {
        enabled: row.enabled,
        issuer: row.issuer,
        roleMode: row.roleMode,
        secretChanged: Boolean(secret),
      },
    });
    return this.getConfig(actor);
  }

  // ---- Log-in page ----------------------------------------------------------------------------

  /** Whether an organisation (by slug, or by the domain of an e-mail address) offers SSO. */
  async discover(q: { organisation?: string; email?: string }): Promise<SsoDiscovery> {
    const none: SsoDiscovery = { available: false, organisationName: null, startUrl: null };
    let row: SsoConfig | null = null;
    if (q.organisation) {
      const org = await this.repo.organisationBySlug(q.organisation.trim().toLowerCase());
      row = org ? await this.repo.configFor(org.id) : null;
    } else if (q.email) {
      const domain = emailDomain(q.email);
      row = domain ? await this.repo.enabledConfigForDomain(domain) : null;
    }
    if (!row?.enabled || !row.clientSecretEncrypted) return none;
    const org = await this.repo.organisationById(row.organisationId);
    return {
      available: true,
      organisationName: org.name,
      startUrl: `/api/sso/${encodeURIComponent(org.slug)}/start`,
    };
  }

  // ---- The authorization code flow ------------------------------------------------------------

  /** Starts a log-in: remembers state, nonce and PKCE verifier, and returns where to send the browser. */
  async start(slug: string): Promise<{ url: string; state: string }> {
    const org = await this.repo.organisationBySlug(slug.trim().toLowerCase());
    const row = org ? await this.repo.configFor(org.id) : null;
    if (!org || !row?.enabled) throw new SsoRefusal('not_configured');
    const client = await this.client(row);
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const now = this.clock.now();
    await this.repo.deleteExpiredLoginStates(now);
    await this.repo.insertLoginState({
      stateHash: sha256Hex(state),
      organisationId: org.id,
      nonce,
      codeVerifier,
      expiresAt: new Date(now.getTime() + STATE_TTL_MS),
    });
    const url = oidc.buildAuthorizationUrl(client, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      state,
      nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, state };
  }

  /**
   * The provider sent the browser back. Checks the state against the browser's cookie, exchanges the code
   * with the PKCE verifier, validates the ID token (issuer, audience, signature, expiry, nonce), then logs
   * in the linked member, or links a first log-in to an invitation for the verified address.
   */
  async callback(
    callbackUrl: URL,
    cookieState: string | undefined,
    ip: string,
    rememberedDevice?: string,
  ): Promise<{ token: string; membershipId: string; pending?: undefined } | { pending: PendingSecondStep }> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    // A state is used once, even when this attempt fails: take it out first.
    const started = state && state.length <= 200 ? await this.repo.takeLoginState(sha256Hex(state)) : null;
    const orgId = started?.organisationId ?? null;
    try {
      if (!started || !cookieState || cookieState !== state) throw new SsoRefusal('state_mismatch', orgId);
      if (started.expiresAt.getTime() <= this.clock.now().getTime()) throw new SsoRefusal('expired', orgId);
      const row = await this.repo.configFor(started.organisationId);
      if (!row?.enabled) throw new SsoRefusal('not_configured', orgId);
      if (callbackUrl.searchParams.has('error')) throw new SsoRefusal('provider_error', orgId);
      const client = await this.client(row);
      const claims = await this.exchange(client, callbackUrl, started, orgId);
      return await this.logIn(row, claims, ip, rememberedDevice);
    } catch (err) {
      const refusal =
        err instanceof SsoRefusal
          ? err
          : (this.logger.error({ err: { message: (err as Error).message } }, 'sso callback failed'), null);
      if (refusal?.organisationId)
        await this.audit.record(
          { organisationId: refusal.organisationId, membershipId: null },
          'sso.login_refused',
          {
            details: { reason: refusal.reason, ip },
          },
        );
      throw err;
    }
  }

  private async exchange(
    client: oidc.Configuration,
    callbackUrl: URL,
    started: { nonce: string; codeVerifier: string },
    orgId: string | null,
  ): Promise<Record<string, unknown>> {
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    try {
      // The URL the provider redirected to, on our public origin (the request may have come through a proxy).
      const current = new URL(this.redirectUri);
      current.search = callbackUrl.search;
      tokens = await oidc.authorizationCodeGrant(client, current, {
        pkceCodeVerifier: started.codeVerifier,
        expectedState: callbackUrl.searchParams.get('state') ?? '',
        expectedNonce: started.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      const e = err as { code?: string; message?: string; error?: string };
      const claim = comparedClaim(err);
      // Only codes and names: never the code, tokens or claims themselves.
      this.logger.warn(
        { sso: { errorCode: e.code ?? null, oauthError: e.error ?? null, claim } },
        'sso token refused',
      );
      if (claim === 'nonce') throw new SsoRefusal('nonce_mismatch', orgId);
      if (
        e.code === 'OAUTH_TIMEOUT' ||
        e.code === 'ECONNREFUSED' ||
        e.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM'
      )
        throw new SsoRefusal('provider_unreachable', orgId);
      throw new SsoRefusal('token_rejected', orgId);
    }
    const idClaims = tokens.claims();
    if (!idClaims) throw new SsoRefusal('token_rejected', orgId);
    let userinfo: Record<string, unknown> = {};
    if (client.serverMetadata().userinfo_endpoint) {
      try {
        userinfo = await oidc.fetchUserInfo(client, tokens.access_token, idClaims.sub);
      } catch {
        // The ID token alone may carry everything; a missing e-mail is refused below.
      }
    }
    return { ...userinfo, ...idClaims };
  }

  private async logIn(
    row: SsoConfig,
    claims: Record<string, unknown>,
    ip: string,
    rememberedDevice: string | undefined,
  ): Promise<{ token: string; membershipId: string; pending?: undefined } | { pending: PendingSecondStep }> {
    const orgId = row.organisationId;
    const issuer = typeof claims.iss === 'string' ? claims.iss : row.issuer;
    const subject = String(claims.sub);
    const mapped = mapSsoRole(this.mappingOf(row), claims);
    if (mapped === 'none') throw new SsoRefusal('no_role', orgId);

    const linked = await this.repo.linkedMembership(orgId, issuer, subject);
    let membership: Membership;
    if (linked) {
      if (!linked.membership) throw new SsoRefusal('account_closed', orgId);
      membership = linked.membership;
      if (mapped !== 'keep' && membership.role !== mapped) {
        await this.repo.transaction(async (em) => {
          await this.repo.setMembershipRole(em, membership.id, mapped);
          await this.audit.record(
            { organisationId: orgId, membershipId: null },
            'member.role_change',
            {
              subjectMembershipId: membership.id,
              details: { from: membership.role, to: mapped, source: 'sso' },
            },
            em,
          );
        });
        this.realtime.reauthenticate(membership.id);
      }
      await this.repo.touchIdentity(linked.identityId, this.clock.now());
    } else {
      membership = await this.linkFirstLogIn(row, issuer, subject, claims, mapped);
    }
    await this.audit.record({ organisationId: orgId, membershipId: membership.id }, 'sso.login', {
      subjectMembershipId: membership.id,
      details: { ip },
    });
    // The provider stands in for the password: the organisation's second step still comes before a session.
    const pending = await this.secondFactor.afterPassword(
      {
        userId: membership.userId,
        membershipId: membership.id,
        organisationId: orgId,
        role: membership.role,
      },
      rememberedDevice,
    );
    if (pending) return { pending };
    const { token } = await this.sessions.create(membership.userId, membership.id, orgId);
    return { token, membershipId: membership.id };
  }

  /** A first log-in: only with an open staff invitation an admin addressed to the verified e-mail. */
  private async linkFirstLogIn(
    row: SsoConfig,
    issuer: string,
    subject: string,
    claims: Record<string, unknown>,
    mapped: SsoRole | 'keep',
  ): Promise<Membership> {
    const orgId = row.organisationId;
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email || claims.email_verified !== true) throw new SsoRefusal('email_unverified', orgId);
    return this.repo.transaction(async (em) => {
      const inv = await this.invitations.consumeForEmail(em, orgId, email, SSO_ROLES);
      if (!inv) throw new SsoRefusal('no_invitation', orgId);
      const role = mapped === 'keep' ? inv.role : mapped;
      const { membership } = await createAccount(em, {
        organisationId: orgId,
        loginName: await this.freeLoginName(em, email),
        displayName: await this.freeDisplayName(em, orgId, claims, email),
        email,
        // Never shown to anyone: this account logs in through the provider (an admin can issue a reset link).
        password: randomToken(32),
        role,
      });
      await this.repo.insertIdentity(em, {
        id: newId(),
        organisationId: orgId,
        issuer,
        subject,
        membershipId: membership.id,
        lastLoginAt: this.clock.now(),
      });
      await this.audit.record(
        { organisationId: orgId, membershipId: membership.id },
        'sso.link',
        {
          subjectMembershipId: membership.id,
          targetType: 'invitation',
          targetId: inv.id,
          details: { role },
        },
        em,
      );
      if (role !== inv.role)
        await this.audit.record(
          { organisationId: orgId, membershipId: null },
          'member.role_change',
          {
            subjectMembershipId: membership.id,
            details: { from: inv.role, to: role, source: 'sso' },
          },
          em,
        );
      return membership;
    });
  }

  private async freeLoginName(
    em: Parameters<SsoRepository['loginNameTaken']>[0],
    email: string,
  ): Promise<string> {
    if (!(await this.repo.loginNameTaken(em, email))) return email;
    return `${email}-${randomToken(4).toLowerCase()}`;
  }

  /** Staff act under their own name: the provider's `name`, else the address's local part; numbered when taken. */
  private async freeDisplayName(
    em: Parameters<SsoRepository['displayNameTaken']>[0],
    orgId: string,
    claims: Record<string, unknown>,
    email: string,
  ): Promise<string> {
    const base =
      normaliseDisplayName(typeof claims.name === 'string' ? claims.name : '').slice(0, 40) ||
      email.slice(0, email.indexOf('@')).slice(0, 40);
    for (let i = 1; i < 50; i++) {
      const candidate = i === 1 ? base : `${base} ${i}`;
      if (!(await this.repo.displayNameTaken(em, orgId, displayNameKey(candidate)))) return candidate;
    }
    return `${base} ${randomToken(3)}`;
  }

  // ---- Helpers --------------------------------------------------------------------------------

  private async client(row: SsoConfig): Promise<oidc.Configuration> {
    const key = this.config.ssoEncryptionKey;
    const secret = key && row.clientSecretEncrypted ? openSecret(key, row.clientSecretEncrypted) : null;
    if (!secret) {
      this.logger.error(
        { organisationId: row.organisationId },
        'sso client secret cannot be decrypted (SSO_ENCRYPTION_KEY changed?)',
      );
      throw new SsoRefusal('not_configured', row.organisationId);
    }
    const cacheKey = sha256Hex(`${row.issuer}\n${row.clientId}\n${secret}`);
    const cached = this.discoveries.get(row.organisationId);
    const now = Date.now();
    if (cached && cached.key === cacheKey && cached.until > now) return cached.config;
    const issuer = new URL(row.issuer);
    try {
      const config = await oidc.discovery(issuer, row.clientId, { client_secret: secret }, undefined, {
        // Plain http only for a provider on this machine (development and the tests); never elsewhere.
        execute: issuer.protocol === 'http:' && isLoopback(issuer) ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      });
      this.discoveries.set(row.organisationId, { key: cacheKey, config, until: now + DISCOVERY_TTL_MS });
      return config;
    } catch (err) {
      this.logger.warn(
        { organisationId: row.organisationId, err: { message: (err as Error).message } },
        'sso discovery failed',
      );
      throw new SsoRefusal('provider_unreachable', row.organisationId);
    }
  }

  private parseIssuer(value: string): URL {
    let url: URL;
    try {
      url = new URL(value.trim());
    } catch {
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        'De issuer moet een volledige URL zijn, bijvoorbeeld https://login.ggz-noord.nl/realms/medewerkers.',
      );
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url)))
      throw new AppError(400, 'VALIDATION_FAILED', 'De issuer moet een https-adres zijn.');
    if (url.search || url.hash || url.username || url.password)
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        'De issuer mag geen zoekparameters, # of inloggegevens bevatten.',
      );
    return url;
  }

  private cleanMapping(m: SsoRoleMapping): SsoRoleMapping {
    if (m.mode === 'invite_only')
      return { mode: 'invite_only', claim: null, adminValues: [], facilitatorValues: [] };
    const claim = m.claim?.trim() ?? '';
    const adminValues = cleanList(m.adminValues);
    const facilitatorValues = cleanList(m.facilitatorValues);
    if (!claim || (adminValues.length === 0 && facilitatorValues.length === 0))
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        'Geef de naam van de claim en minstens één waarde voor beheerder of begeleider.',
      );
    return { mode: 'claim', claim, adminValues, facilitatorValues };
  }

  private mappingOf(row: SsoConfig): SsoRoleMapping {
    return row.roleMode === 'claim'
      ? {
          mode: 'claim',
          claim: row.roleClaim,
          adminValues: row.adminValues,
          facilitatorValues: row.facilitatorValues,
        }
      : { mode: 'invite_only', claim: null, adminValues: [], facilitatorValues: [] };
  }

  private toView(row: SsoConfig | null, slug: string): SsoConfigView {
    return {
      configured: row !== null,
      enabled: row?.enabled ?? false,
      issuer: row?.issuer ?? '',
      clientId: row?.clientId ?? '',
      hasClientSecret: Boolean(row?.clientSecretEncrypted),
      emailDomains: row?.emailDomains ?? [],
      mapping: row
        ? this.mappingOf(row)
        : { mode: 'invite_only', claim: null, adminValues: [], facilitatorValues: [] },
      redirectUri: this.redirectUri,
      loginUrl: `${this.config.publicOrigin}/inloggen?organisatie=${encodeURIComponent(slug)}`,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
