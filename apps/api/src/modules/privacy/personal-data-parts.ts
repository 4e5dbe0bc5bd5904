import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AccountPersonalData } from '../auth/account-personal-data.repository.js';
import type { InsightPersonalData } from '../insight/insight-personal-data.repository.js';
import { MentorsPersonalData } from '../mentors/mentors-personal-data.repository.js';
import type { NazorgPersonalData } from '../nazorg/nazorg-personal-data.repository.js';
import { MembershipsPersonalData } from '../organisations/memberships-personal-data.repository.js';
import { SsoPersonalData } from '../sso/sso-personal-data.repository.js';
import { TrajectenPersonalData } from '../trajecten/trajecten-personal-data.repository.js';
import type { PersonalDataPart } from './personal-data-part.js';

/** Every owner's part, by owner. */
export interface PartsByOwner {
  auth: AccountPersonalData;
  organisations: MembershipsPersonalData;
  trajecten: TrajectenPersonalData;
  mentors: MentorsPersonalData;
  nazorg: NazorgPersonalData;
  insight: InsightPersonalData;
  sso: SsoPersonalData;
}
type Owner = keyof PartsByOwner;
const OWNERS: readonly Owner[] = [
  'auth',
  'organisations',
  'trajecten',
  'mentors',
  'nazorg',
  'insight',
  'sso',
];

/**
 * The owners' parts of a person's data (`PersonalDataPart`), which the privacy module runs. The owners below
 * privacy (auth, organisations, trajecten, mentors, sso) are injected here by class, as any module uses a lower one.
 * Nazorg and insight sit above privacy (nazorg runs retention, insight imports nazorg), so privacy cannot
 * import them: they import privacy and register their part in `onModuleInit`, which Nest runs for every
 * module before the application starts; a part missing then stops the start.
 */
@Injectable()
export class PersonalDataParts implements OnApplicationBootstrap {
  private readonly parts = new Map<string, PersonalDataPart<object>>();

  constructor(
    auth: AccountPersonalData,
    organisations: MembershipsPersonalData,
    trajecten: TrajectenPersonalData,
    mentors: MentorsPersonalData,
    sso: SsoPersonalData,
  ) {
    for (const part of [auth, organisations, trajecten, mentors, sso]) this.register(part);
  }

  register(part: PersonalDataPart<object>): void {
    if (this.parts.has(part.owner)) throw new Error(`personal data: ${part.owner} registered twice`);
    this.parts.set(part.owner, part);
  }

  of<K extends Owner>(owner: K): PartsByOwner[K] {
    const part = this.parts.get(owner);
    if (!part) throw new Error(`personal data: ${owner} has not registered its part`);
    return part as PartsByOwner[K];
  }

  /** Every part (the coverage test reads their tables). */
  all(): PersonalDataPart<object>[] {
    return [...this.parts.values()];
  }

  onApplicationBootstrap(): void {
    for (const owner of OWNERS) this.of(owner);
  }
}
