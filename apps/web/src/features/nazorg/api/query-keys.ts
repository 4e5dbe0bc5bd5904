export const nazorgKeys = {
  all: ['nazorg'] as const,
  overview: (trajectId: string | null) => ['nazorg', 'overview', trajectId ?? 'all'] as const,
};
