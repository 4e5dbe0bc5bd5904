/**
 * The views this module publishes for other modules' SQL (made by migration OwnerReadViews): read these,
 * never the tables; write through MentorsService and MentorshipsService.
 */
export const READ_VIEWS = {
  mentor_statuses:
    'whether a member opted in as a peer mentor (active, paused, stopped); no intro, themes or availability',
  getuigenis_confirmation_facts:
    "a facilitator's word on a member's getuigenis (confirmed or not, when), without who gave it",
  mentorship_pairs:
    'who mentors whom and the status of it (requested, active, …); no request message or room',
} as const;
