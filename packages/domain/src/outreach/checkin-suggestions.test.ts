import { describe, expect, it } from '@jest/globals';
import { checkinSuggestions, mentorCheckinSuggestions } from './checkin-suggestions.js';

describe('mentorCheckinSuggestions', () => {
  it('should offer three warm lines in Dutch and in English, without any word about risk or health', () => {
    const nl = mentorCheckinSuggestions('nl');
    const en = mentorCheckinSuggestions('en');
    expect(nl).toHaveLength(3);
    expect(en).toHaveLength(3);
    expect(nl[0]).toContain('Hoe gaat het met je?');
    expect(en[1]).toContain('catching up');
    for (const s of [...nl, ...en]) expect(s).not.toMatch(/risico|risk|score|zwart|gezond|health/i);
  });

  it('should be the same whatever the reasons (a mentor never learns them from the wording)', () => {
    const general = checkinSuggestions([], 'nl');
    const silent = checkinSuggestions(['zwartGat.silence'], 'nl');
    expect(silent).not.toEqual(general);
    expect(mentorCheckinSuggestions('nl')).not.toContain(silent[0]);
  });
});
