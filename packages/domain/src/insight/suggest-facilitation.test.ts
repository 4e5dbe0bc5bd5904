import { type SuggestionMember, suggestFacilitation } from './suggest-facilitation.js';

function member(overrides: Partial<SuggestionMember> & { memberId: string }): SuggestionMember {
  return {
    displayName: overrides.memberId,
    isFacilitator: false,
    flags: [],
    themes: [],
    contributionsInPeriod: 3,
    ...overrides,
  };
}

describe('suggestFacilitation', () => {
  it('should suggest a reflection prompt, an introduction, a question and a mentor — about participants only', () => {
    const members = [
      member({
        memberId: 'f',
        displayName: 'Ruben',
        isFacilitator: true,
        contributionsInPeriod: 0,
        themes: ['rouw'],
      }),
      member({ memberId: 'a', displayName: 'Sanne', flags: ['stuck_in_projectie'], themes: ['eenzaamheid'] }),
      member({ memberId: 'b', displayName: 'Ahmed', themes: ['eenzaamheid', 'slaap', 'rouw'] }),
      member({
        memberId: 'c',
        displayName: 'Lotte',
        themes: ['slaap', 'rouw'],
        flags: ['never_received_recognition'],
      }),
      member({ memberId: 'd', displayName: 'Kees', contributionsInPeriod: 0 }),
    ];
    const suggestions = suggestFacilitation({ members, interactions: [], mentorsAvailable: 1 });
    expect(suggestions.map((s) => [s.kind, s.memberIds])).toEqual([
      ['reflectionPrompt', ['a']],
      // Ahmed and Lotte share two themes; Sanne is then left without a partner who is still free.
      ['bringTogether', ['b', 'c']],
      ['askQuiet', ['d']],
      ['offerMentor', ['c']],
    ]);
    expect(suggestions[1]!.message).toEqual({
      key: 'insight.suggest.bringTogether',
      params: { name: 'Ahmed', other: 'Lotte', themes: 'rouw,slaap' },
    });
  });

  it('should not introduce people who already interacted, and offer no mentor when none is free', () => {
    const members = [
      member({ memberId: 'a', themes: ['angst'], flags: ['never_received_recognition'] }),
      member({ memberId: 'b', themes: ['angst'] }),
    ];
    expect(suggestFacilitation({ members, interactions: [['b', 'a']], mentorsAvailable: 0 })).toEqual([]);
  });

  it('should not depend on the order of the members', () => {
    const members = [
      member({ memberId: 'a', themes: ['angst', 'werk'] }),
      member({ memberId: 'b', themes: ['angst'] }),
      member({ memberId: 'c', themes: ['angst', 'werk'] }),
      member({ memberId: 'd', themes: ['angst', 'werk'] }),
    ];
    const forward = suggestFacilitation({ members, interactions: [], mentorsAvailable: 0 });
    const backward = suggestFacilitation({
      members: [...members].reverse(),
      interactions: [],
      mentorsAvailable: 0,
    });
    expect(backward).toEqual(forward);
    expect(forward.map((s) => s.memberIds)).toEqual([
      ['a', 'c'],
      ['b', 'd'],
    ]);
  });

  it('should suggest at most three of a kind, in order of name (then id)', () => {
    const members = Array.from({ length: 8 }, (_, i) =>
      member({
        memberId: `m${i}`,
        displayName: i < 2 ? 'Sam' : `Lid ${i}`,
        themes: ['werk'],
        contributionsInPeriod: 0,
      }),
    );
    const suggestions = suggestFacilitation({
      members: [...members].reverse(),
      interactions: [],
      mentorsAvailable: 0,
    });
    expect(suggestions.filter((s) => s.kind === 'bringTogether')).toHaveLength(3);
    expect(suggestions.filter((s) => s.kind === 'askQuiet').map((s) => s.memberIds[0])).toEqual([
      'm2',
      'm3',
      'm4',
    ]);
    const sams = suggestFacilitation({
      members: members.slice(0, 2).reverse(),
      interactions: [],
      mentorsAvailable: 0,
    });
    expect(sams[0]!.memberIds).toEqual(['m0', 'm1']);
  });
});
