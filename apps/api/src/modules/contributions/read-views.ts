/**
 * The views this module publishes for other modules' SQL (made by migrations OwnerReadViews and
 * RecognitionEvidence): read these, never the tables; write through ContributionsService.
 */
export const READ_VIEWS = {
  contribution_facts:
    'contributions without their text (author, room, seq, phase, themes, crisis, reply, times, deleted/hidden, `chars` = length of title and body): for counts, paths and figures',
  contribution_texts:
    'contributions with title and body, for the one reader that shows them (research coding, to coders who may read them)',
  reaction_facts: 'who reacted to which contribution, when (no kind): activity figures',
  recognition_facts: 'every recognition (who recognised whom, in which room, when), crisis messages included',
  recognition_evidence:
    'the recognitions that count as evidence (not those on a message flagged as crisis): phase figures',
} as const;
