export const mentorKeys = {
  all: ['mentors'] as const,
  me: ['mentors', 'me'] as const,
  find: (language: string, availability: string) => ['mentors', 'find', language, availability] as const,
  findRoot: ['mentors', 'find'] as const,
  mentorships: ['mentors', 'mentorships'] as const,
  overview: ['mentors', 'overview'] as const,
};
