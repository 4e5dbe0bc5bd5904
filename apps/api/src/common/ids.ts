const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a row's uuid at all: anything else is "not found" before it reaches PostgreSQL. */
export const isUuid = (id: string): boolean => UUID.test(id);
