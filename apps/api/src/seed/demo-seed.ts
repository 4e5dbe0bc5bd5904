import type { DataSource } from 'typeorm';
import { newId } from '../common/crypto.js';
import { createAccount } from '../modules/auth/create-organisation.js';
import type { MembershipRole } from '../modules/organisations/membership.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { seedDemoSelfPlacements } from './demo-insight.js';
import { seedDemoRooms } from './demo-rooms.js';
import { DEMO_ALUMNI, seedDemoTrajecten } from './demo-trajecten.js';
import { seedDemoSafety } from './demo-safety.js';
import { seedDemoOutreach } from './demo-outreach.js';
import { seedDemoSso } from './demo-sso.js';
import { seedDemoAccessLog } from './demo-access-log.js';
import { seedDemoResearch } from './demo-research.js';
import { seedDemoCoding } from './demo-coding.js';

export const DEMO_SLUG = 'herstelacademie-de-brug';
export const DEMO_PASSWORD = 'welkom-bij-spiegel';

export interface DemoAccount {
  login: string;
  displayName: string;
  role: MembershipRole;
  /** What this person shows in the demo, for the start banner. */
  about: string;
}

const VOORJAAR = 'deelnemer, Groep Voorjaar';
/** The one demo person who has not seen the first-visit guide yet. */
export const NEWCOMER = 'kees';

/** Pseudonyms only; nobody in the demo has a real name. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    login: 'beheer',
    displayName: 'Anouk',
    role: 'admin',
    about: 'beheerder: trajecten, rapport, uitnodigen',
  },
  { login: 'ruben', displayName: 'Ruben', role: 'facilitator', about: 'begeleider, Voorjaar en Najaar' },
  { login: 'femke', displayName: 'Femke', role: 'facilitator', about: 'begeleider, Voorjaar en Najaar' },
  { login: 'sanne', displayName: 'Sanne', role: 'participant', about: VOORJAAR },
  { login: 'ahmed', displayName: 'Ahmed', role: 'participant', about: VOORJAAR },
  { login: 'joris', displayName: 'Joris', role: 'participant', about: VOORJAAR },
  { login: 'lotte', displayName: 'Lotte', role: 'participant', about: VOORJAAR },
  { login: 'mirjam', displayName: 'Mirjam', role: 'participant', about: VOORJAAR },
  { login: 'daan', displayName: 'Daan', role: 'participant', about: VOORJAAR },
  { login: 'yara', displayName: 'Yara', role: 'participant', about: VOORJAAR },
  {
    login: 'kees',
    displayName: 'Kees',
    role: 'participant',
    about: `${VOORJAAR}, nieuw: krijgt de rondleiding`,
  },
  ...DEMO_ALUMNI.map((a) => ({ ...a, role: 'participant' as const })),
  {
    login: 'eva',
    displayName: 'Eva',
    role: 'onderzoeker',
    about: 'onderzoeker: Herstel gemeten en de export, geen ruimtes of namen',
  },
];

/** The role as people in the organisation say it. */
export const ROLE_LABEL: Record<MembershipRole, string> = {
  admin: 'beheerder',
  facilitator: 'begeleider',
  participant: 'deelnemer',
  onderzoeker: 'onderzoeker',
};

export interface DemoSummary {
  organisationName: string;
  created: boolean;
  accounts: DemoAccount[];
}

/** Seeds the demo organisation once; later starts find it and only report the log-ins. */
export async function seedDemo(ds: DataSource, now: Date): Promise<DemoSummary> {
  const name = 'Herstelacademie De Brug';
  const existing = await ds.getRepository(Organisation).findOne({ where: { slug: DEMO_SLUG } });
  if (existing) return { organisationName: existing.name, created: false, accounts: DEMO_ACCOUNTS };
  await ds.transaction(async (em) => {
    const org = em.create(Organisation, { id: newId(), name, slug: DEMO_SLUG });
    await em.insert(Organisation, org);
    // The demo lets staff in with the demo password alone, so every demo log-in in the README works at
    // once; Beheer → Tweede stap turns the requirement on, and Mijn account → Tweede stap enrols anyone.
    // A real organisation (the CLI's create-organisation) starts with the requirement on.
    await em.query(
      `INSERT INTO two_factor_policies (organisation_id, required_for_staff) VALUES ($1, false)`,
      [org.id],
    );
    const ids = new Map<string, string>();
    for (const a of DEMO_ACCOUNTS) {
      const { membership } = await createAccount(em, {
        organisationId: org.id,
        loginName: a.login,
        displayName: a.displayName,
        password: DEMO_PASSWORD,
        role: a.role,
      });
      ids.set(a.login, membership.id);
    }
    // Researchers are in no room and get no mail: the room and outreach seeds see only the others.
    const researchers = new Set(DEMO_ACCOUNTS.filter((a) => a.role === 'onderzoeker').map((a) => a.login));
    const inRooms = new Map([...ids].filter(([login]) => !researchers.has(login)));
    const rooms = await seedDemoRooms(em, org.id, inRooms, now);
    // Everyone has been around a while and went through the first-visit guide, except Kees: log in
    // as him to see it offered.
    for (const [login, membershipId] of ids) {
      if (login === NEWCOMER) continue;
      await em.query(
        `INSERT INTO onboarding_completions (membership_id, organisation_id, completed_at, accepted_room_id) VALUES ($1, $2, $3, $4)`,
        [membershipId, org.id, new Date(now.getTime() - 40 * 86_400_000), null],
      );
    }
    await seedDemoTrajecten(em, org.id, (login) => ids.get(login)!, rooms.groep, now);
    await seedDemoSelfPlacements(em, org.id, (login) => ids.get(login)!, now);
    await seedDemoSafety(em, org.id, (login) => ids.get(login)!, rooms.groep, now);
    await seedDemoOutreach(em, org.id, inRooms, now);
    await seedDemoSso(em, org.id, ids.get('beheer')!, now);
    const voorjaar = ['femke', 'ruben', 'sanne', 'ahmed', 'joris', 'lotte', 'mirjam', 'daan', 'yara'];
    await seedDemoAccessLog(
      em,
      org.id,
      (login) => ids.get(login)!,
      voorjaar.map((l) => ids.get(l)!),
      rooms.groep,
      now,
    );
    await seedDemoResearch(em, org.id, (login) => ids.get(login)!, now, DEMO_PASSWORD);
    await seedDemoCoding(em, org.id, (login) => ids.get(login)!, now);
  });
  return { organisationName: name, created: true, accounts: DEMO_ACCOUNTS };
}
