import { Inject, Injectable } from '@nestjs/common';
import type { SsoConfigInput, SsoConfigView } from '@spiegel/domain';
import type { Actor } from '../../common/actor.js';
import { AppError } from '../../common/app-error.js';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { sealSecret } from './secret-box.js';
import { cleanList, cleanMapping, mappingOf, parseIssuer } from './sso-config-rules.js';
import type { SsoConfig } from './sso-config.entity.js';
import { SsoRepository } from './sso.repository.js';
import { SsoService } from './sso.service.js';

/** An admin's SSO settings for their organisation (Beheer → Inloggen); the log-in itself: SsoService. */
@Injectable()
export class SsoConfigService {
  constructor(
    private readonly repo: SsoRepository,
    private readonly sso: SsoService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- Admin configuration --------------------------------------------------------------------

  async getConfig(actor: Actor): Promise<SsoConfigView> {
    const [row, org] = await Promise.all([
      this.repo.configFor(actor.organisationId),
      this.organisations.byId(actor.organisationId),
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
    const issuer = parseIssuer(input.issuer);
    const existing = await this.repo.configFor(actor.organisationId);
    const secret = input.clientSecret?.trim();
    const mapping = cleanMapping(input.mapping);
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
    this.sso.forgetClient(actor.organisationId);
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

  private toView(row: SsoConfig | null, slug: string): SsoConfigView {
    return {
      configured: row !== null,
      enabled: row?.enabled ?? false,
      issuer: row?.issuer ?? '',
      clientId: row?.clientId ?? '',
      hasClientSecret: Boolean(row?.clientSecretEncrypted),
      emailDomains: row?.emailDomains ?? [],
      mapping: row
        ? mappingOf(row)
        : { mode: 'invite_only', claim: null, adminValues: [], facilitatorValues: [] },
      redirectUri: this.sso.redirectUri,
      loginUrl: `${this.config.publicOrigin}/inloggen?organisatie=${encodeURIComponent(slug)}`,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
