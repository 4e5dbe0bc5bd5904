/**
 * The first-visit guide: its steps in order, and the wire contract for remembering (per person,
 * server-side) that someone went through it and accepted their group's agreements.
 */
export const ONBOARDING_STEPS = ['ruimte', 'herkenning', 'fasen', 'begeleiders', 'afspraken'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** GET /api/onboarding */
export interface OnboardingView {
  /** When this person finished the guide; null: not yet. */
  completedAt: string | null;
  /** The room whose agreements they accepted at the end, if any. */
  acceptedRoomId: string | null;
}

/** PUT /api/onboarding */
export interface CompleteOnboardingInput {
  /** The group room whose agreements the person accepted (they must be a member); omitted when there were none. */
  acceptedRoomId?: string;
}

/**
 * Whether home should offer the guide: to anyone who has not finished it. It is an offer, never a
 * wall: people can always go straight to their group.
 */
export function shouldOfferOnboarding(view: OnboardingView | undefined): boolean {
  return view !== undefined && view.completedAt === null;
}
