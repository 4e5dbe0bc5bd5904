import { SetMetadata } from '@nestjs/common';

export const PERSONAL_DATA = 'spiegel:personal-data';

export type PersonalDataMeta =
  | {
      kind: 'personal';
      /** The access-log action, e.g. 'safety.case_view'. */
      action: string;
      /** Route parameter holding the membership id of the person whose data it is. */
      subjectParam?: string;
      /** What the view is of, and the route parameter holding its id (absent: the whole organisation). */
      target?: { type: string; param?: string };
    }
  | { kind: 'none'; reason: string };

/**
 * The route shows staff a person's data: every successful call by a facilitator or admin writes an
 * access-log entry (NEN 7513) — the service's own, richer one, or else the interceptor's from this.
 */
export const PersonalData = (
  action: string,
  opts: { subjectParam?: string; target?: { type: string; param?: string } } = {},
) => SetMetadata(PERSONAL_DATA, { kind: 'personal', action, ...opts } satisfies PersonalDataMeta);

/**
 * The route reads no one else's personal data (the caller's own, or what every member sees): say why.
 * Every authenticated GET route carries one of the two; a test fails for a route with neither.
 */
export const NoPersonalData = (reason: string) =>
  SetMetadata(PERSONAL_DATA, { kind: 'none', reason } satisfies PersonalDataMeta);
