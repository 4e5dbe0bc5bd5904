export const safetyKeys = {
  all: ['safety'] as const,
  allCases: ['safety', 'cases'] as const,
  cases: (state: 'active' | 'closed') => ['safety', 'cases', state] as const,
  staffedHours: ['safety', 'staffed-hours'] as const,
  figures: ['safety', 'figures'] as const,
};
