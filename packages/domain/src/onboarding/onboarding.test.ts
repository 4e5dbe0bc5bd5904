import { describe, expect, it } from '@jest/globals';
import { ONBOARDING_STEPS, shouldOfferOnboarding } from './onboarding.js';

describe('shouldOfferOnboarding', () => {
  it.each([
    ['a newcomer who has not finished it', { completedAt: null, acceptedRoomId: null }, true],
    ['someone who finished it', { completedAt: '2026-05-01T10:00:00.000Z', acceptedRoomId: null }, false],
    ['while it is still loading', undefined, false],
  ])('should answer for %s', (_case, view, expected) => {
    expect(shouldOfferOnboarding(view)).toBe(expected);
  });

  it('should end with the agreements, after the explanations', () => {
    expect(ONBOARDING_STEPS.at(-1)).toBe('afspraken');
    expect(ONBOARDING_STEPS).toHaveLength(5);
  });
});
