/**
 * The views organisations publishes for other modules' SQL (made by the migration OwnerReadViews): join these,
 * never `memberships` or `organisations`. Writes and single lookups go through `MembershipsService` and
 * `OrganisationsService`.
 */
export const READ_VIEWS = {
  member_names:
    "a membership's pseudonym, avatar colour, role, status and organisation (for names on others' rows and live-membership checks; no account link)",
  organisation_names: "an organisation's name and slug",
} as const;
