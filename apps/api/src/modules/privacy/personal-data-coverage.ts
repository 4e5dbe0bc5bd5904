/**
 * Which owner answers for each table with a column naming a member or a user, beside the `PersonalDataPart`s
 * (which name their tables themselves): the chat core's and others' parts that privacy calls by name
 * (`exportOwn`, `forget…`), and what goes with the account by foreign key alone. The coverage test
 * (test/e2e/personal-data-coverage.e2e-spec.ts) fails on a table of the schema that neither names, so a new
 * table cannot be forgotten by the export or the erasure: give it to its owner's part, or say here why not.
 */
export const COVERED_BY_SERVICES: Readonly<Record<string, string>> = {
  contributions: 'ContributionsPrivacyService: export, forget (deleted or anonymised, then the stand-in)',
  phase_changes: 'ContributionsPrivacyService: export, forget (the stand-in)',
  reactions: 'ContributionsPrivacyService: export, forget (counts move to the stand-in)',
  recognitions: 'ContributionsPrivacyService: export, forget (counts move to the stand-in)',
  reports: 'ModerationService: export, forgetReports',
  mutes: 'ModerationService: export, forgetMutes',
  rooms: 'RoomsPrivacyService: forget (creator and agreements editor let go)',
  room_members: 'RoomsPrivacyService: export, forget; their own rows go with the membership',
  notifications: 'NotificationsService: export, forgetRecipient, forgetActor',
  invitations: 'InvitationsService: forgetCreator',
  audit_events: 'AuditService: forget (pseudonymised); AccessLogService: export (who viewed your data)',
  crisis_cases: 'SafetyService: export, forget',
  signal_marks: 'SafetyService: export, forget',
  staffed_hours: 'SafetyService: forget (the stand-in)',
  questionnaire_responses: 'ResearchRepository: export; go with the membership',
  research_participants: 'ResearchRepository: export (consent); go with the membership',
  coding_codes: 'research: a coder’s codes go with the membership',
  coding_study_coders: 'research: go with the membership',
  coding_studies: 'research: the creator is set to NULL with the membership (foreign key)',
  outreach_calendar_feeds: 'OutreachService: forget',
  outreach_deliveries: 'OutreachService: forget',
  outreach_email_addresses: 'OutreachService: forget',
  outreach_preferences: 'OutreachService: forget',
  outreach_push_subscriptions: 'OutreachService: forget',
  onboarding_completions: 'onboarding: goes with the membership',
  two_factor_factors: 'two-factor: goes with the user',
  two_factor_recovery_codes: 'two-factor: go with the user',
  two_factor_devices: 'two-factor: go with the user',
  two_factor_pending_logins: 'two-factor: go with the user',
};
