/**
 * Every cache key of the rooms feature in one place. Timelines live under their own root so that
 * refreshing room lists or details never throws away the messages someone has scrolled back to.
 */
export const roomKeys = {
  list: ['rooms', 'list'] as const,
  discover: ['rooms', 'discover'] as const,
  detail: (roomId: string) => ['rooms', 'detail', roomId] as const,
  reports: (roomId: string) => ['rooms', 'reports', roomId] as const,
  presence: (roomId: string) => ['rooms', 'presence', roomId] as const,
  timelineRoot: ['timeline'] as const,
  timeline: (roomId: string) => ['timeline', roomId] as const,
  contribution: (id: string) => ['contributions', id] as const,
  replies: (id: string) => ['contributions', id, 'replies'] as const,
  mutes: ['mutes'] as const,
  directory: ['directory'] as const,
  directRequests: ['direct', 'requests'] as const,
};
