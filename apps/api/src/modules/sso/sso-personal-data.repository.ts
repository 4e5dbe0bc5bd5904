import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ErasureRef, PersonalDataPart } from '../privacy/personal-data-part.js';

/**
 * Single sign-on's part of a person's data: the organisation's SSO settings name the admin who saved them
 * last, which the erasure hands to the organisation's "Voormalig lid" stand-in (as other "who changed this"
 * references are). A person's linked identities (`sso_identities`) go with the membership (cascade). Nothing
 * of theirs is in the export beyond what auth's part shows of the account.
 */
@Injectable()
export class SsoPersonalData implements PersonalDataPart<Record<string, never>> {
  readonly owner = 'sso';
  readonly tables = ['sso_configs', 'sso_identities'];

  exportFor(): Promise<Record<string, never>> {
    return Promise.resolve({});
  }

  async eraseFor(em: EntityManager, erasure: ErasureRef): Promise<void> {
    await em.query(
      `UPDATE sso_configs SET updated_by_membership_id = $2
        WHERE organisation_id = $3 AND updated_by_membership_id = $1`,
      [erasure.membershipId, erasure.formerMemberId, erasure.organisationId],
    );
  }
}
