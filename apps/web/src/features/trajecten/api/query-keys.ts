export const trajectKeys = {
  all: ['trajecten'] as const,
  list: ['trajecten', 'list'] as const,
  detail: (id: string) => ['trajecten', 'detail', id] as const,
  mine: ['trajecten', 'enrolments', 'mine'] as const,
  directory: ['trajecten', 'directory'] as const,
  staff: ['trajecten', 'staff'] as const,
};
