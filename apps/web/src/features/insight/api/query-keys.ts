export const insightKeys = {
  all: ['insight'] as const,
  dashboard: (roomId: string, from: string, to: string) =>
    ['insight', 'dashboard', roomId, from, to] as const,
  session: (roomId: string) => ['insight', 'session', roomId] as const,
  myPath: ['insight', 'me', 'path'] as const,
  report: (trajectId: string | null) => ['insight', 'report', trajectId ?? 'organisation'] as const,
  compare: ['insight', 'compare'] as const,
};
