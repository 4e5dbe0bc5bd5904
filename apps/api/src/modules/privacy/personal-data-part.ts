import type { EntityManager } from 'typeorm';

/** Whose data: the caller of an export or an erasure. */
export interface PersonRef {
  membershipId: string;
  userId: string;
  organisationId: string;
}

/** An erasure in progress: what of `membershipId` others still need now points at `formerMemberId`. */
export interface ErasureRef extends PersonRef {
  formerMemberId: string;
}

/**
 * One owner's part of a person's data (AVG/GDPR): what the export shows of its tables and how the erasure lets
 * go of them. Each owning module implements it beside its SQL; the privacy module collects the parts
 * (`PersonalDataParts`) and runs them, the export in a fixed order of its sections and the erasure in one
 * transaction. Owners import this file for its types only, so implementing it makes no module depend on
 * privacy.
 */
export interface PersonalDataPart<Section extends object = Record<string, unknown>> {
  /** The owning module (`auth`, `mentors`…): the key privacy asks the registry for. */
  readonly owner: string;
  /**
   * The owner's tables with a column naming a member or a user that this part answers for: exported here, let
   * go of in `eraseFor`, or removed with the membership (its foreign key cascades). A test checks that every
   * such table of the schema is named by some part.
   */
  readonly tables: readonly string[];
  /** The person's sections of the export file (its keys are the file's keys). */
  exportFor(person: PersonRef): Promise<Section>;
  /** Inside the erasure's transaction: delete the person's rows, or point what others need at the stand-in. */
  eraseFor(em: EntityManager, erasure: ErasureRef): Promise<void>;
}
