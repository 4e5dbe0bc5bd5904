/**
 * The views trajecten publishes for other modules' SQL (made by the migration OwnerReadViews): join these,
 * never `trajecten`, `enrolments`, `traject_facilitators` or `traject_sessions`. Writes go through
 * `TrajectenService`; single lookups through `traject-reads.ts`.
 */
export const READ_VIEWS = {
  traject_facts:
    "a traject's name, organisation, group room and period (start, end, closed early, completed); no description",
  traject_enrolments:
    "who is enrolled in which traject, with status, consent (research, follow-up) and completion; no leaver's note",
  traject_facilitator_links: 'who facilitates which traject',
  traject_schedule: "a traject's sessions: start and title",
} as const;
