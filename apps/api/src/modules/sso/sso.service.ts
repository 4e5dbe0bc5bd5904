import { Inject, Injectable } from '@nestjs/common';
import { emailDomain, mapSsoRole, SSO_ROLES, type SsoDiscovery, type SsoRole } from '@spiegel/domain';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
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
import { createAccount, loginNameTaken } from '../auth/create-organisation.js';
import { normaliseDisplayName } from '../organisations/display-name.js';
import type { Membership } from '../organisations/membership.entity.js';
import { MembershipsService } from '../organisations/memberships.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { openSecret } from './secret-box.js';
import type { SsoConfig } from './sso-config.entity.js';
import { isLoopback, mappingOf } from './sso-config-rules.js';
import { SsoRefusal } from './sso-refusals.js';
import { SsoRepository } from './sso.repository.js';

const STATE_TTL_MS = 10 * 60_000;
const DISCOVERY_TTL_MS = 10 * 60_000;

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

/** Log-in through the organisation's OpenID Connect provider: discovery, the redirect, the callback and the account it lands in. */
@Injectable()
export class SsoService {
  private readonly discoveries = new Map<string, CachedDiscovery>();

  constructor(
    private readonly repo: SsoRepository,
    private readonly memberships: MembershipsService,
    private readonly organisations: OrganisationsService,
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

  /** The organisation's settings changed: the next log-in discovers its provider anew. */
  forgetClient(organisationId: string): void {
    this.discoveries.delete(organisationId);
  }

  // ---- Log-in page ----------------------------------------------------------------------------

  /** Whether an organisation (by slug, or by the domain of an e-mail address) offers SSO. */
  async discover(q: { organisation?: string; email?: string }): Promise<SsoDiscovery> {
    const none: SsoDiscovery = { available: false, organisationName: null, startUrl: null };
    let row: SsoConfig | null = null;
    if (q.organisation) {
      const org = await this.organisations.bySlug(q.organisation.trim().toLowerCase());
      row = org ? await this.repo.configFor(org.id) : null;
    } else if (q.email) {
      const domain = emailDomain(q.email);
      row = domain ? await this.repo.enabledConfigForDomain(domain) : null;
    }
    if (!row?.enabled || !row.clientSecretEncrypted) return none;
    const org = await this.organisations.byId(row.organisationId);
    return {
      available: true,
      organisationName: org.name,
      startUrl: `/api/sso/${encodeURIComponent(org.slug)}/start`,
    };
  }

  // ---- The authorization code flow ------------------------------------------------------------

  /** Starts a log-in: remembers state, nonce and PKCE verifier, and returns where to send the browser. */
  async start(slug: string): Promise<{ url: string; state: string }> {
    const org = await this.organisations.bySlug(slug.trim().toLowerCase());
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
    const mapped = mapSsoRole(mappingOf(row), claims);
    if (mapped === 'none') throw new SsoRefusal('no_role', orgId);

    const linked = await this.repo.linkedIdentity(orgId, issuer, subject);
    let membership: Membership;
    if (linked) {
      const active = await this.memberships.activeOne(orgId, linked.membershipId);
      if (!active) throw new SsoRefusal('account_closed', orgId);
      membership = active;
      if (mapped !== 'keep' && membership.role !== mapped) {
        await this.repo.transaction(async (em) => {
          await this.memberships.setRole(orgId, membership.id, mapped, em);
          if (mapped !== 'admin') await this.invitations.revokeIssuedBy(em, orgId, membership.id);
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
      await this.repo.touchIdentity(linked.id, this.clock.now());
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

  private async freeLoginName(em: Parameters<typeof loginNameTaken>[0], email: string): Promise<string> {
    if (!(await loginNameTaken(em, email))) return email;
    return `${email}-${randomToken(4).toLowerCase()}`;
  }

  /** Staff act under their own name: the provider's `name`, else the address's local part; numbered when taken. */
  private async freeDisplayName(
    em: Parameters<MembershipsService['displayNameTaken']>[0],
    orgId: string,
    claims: Record<string, unknown>,
    email: string,
  ): Promise<string> {
    const base =
      normaliseDisplayName(typeof claims.name === 'string' ? claims.name : '').slice(0, 40) ||
      email.slice(0, email.indexOf('@')).slice(0, 40);
    for (let i = 1; i < 50; i++) {
      const candidate = i === 1 ? base : `${base} ${i}`;
      if (!(await this.memberships.displayNameTaken(em, orgId, candidate))) return candidate;
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
}
