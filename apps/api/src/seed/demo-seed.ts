import type { DataSource } from 'typeorm';
import { newId } from '../common/crypto.js';
import { createAccount } from '../modules/organisations/create-organisation.js';
import type { MembershipRole } from '../modules/organisations/membership.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { seedDemoSelfPlacements } from './demo-insight.js';
import { seedDemoRooms } from './demo-rooms.js';
import { DEMO_ALUMNI, seedDemoTrajecten } from './demo-trajecten.js';

export const DEMO_SLUG = 'herstelacademie-de-brug';
export const DEMO_PASSWORD = 'welkom-bij-spiegel';

export interface DemoAccount {
  login: string;
  displayName: string;
  role: MembershipRole;
}

/** Pseudonyms only; nobody in the demo has a real name. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { login: 'beheer', displayName: 'Anouk', role: 'admin' },
  { login: 'ruben', displayName: 'Ruben', role: 'facilitator' },
  { login: 'femke', displayName: 'Femke', role: 'facilitator' },
  { login: 'sanne', displayName: 'Sanne', role: 'participant' },
  { login: 'ahmed', displayName: 'Ahmed', role: 'participant' },
  { login: 'joris', displayName: 'Joris', role: 'participant' },
  { login: 'lotte', displayName: 'Lotte', role: 'participant' },
  { login: 'mirjam', displayName: 'Mirjam', role: 'participant' },
  { login: 'daan', displayName: 'Daan', role: 'participant' },
  { login: 'yara', displayName: 'Yara', role: 'participant' },
  { login: 'kees', displayName: 'Kees', role: 'participant' },
  ...DEMO_ALUMNI.map((a) => ({ ...a, role: 'participant' as const })),
];

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
    const rooms = await seedDemoRooms(em, org.id, ids, now);
    await seedDemoTrajecten(em, org.id, (login) => ids.get(login)!, rooms.groep, now);
    await seedDemoSelfPlacements(em, org.id, (login) => ids.get(login)!, now);
  });
  return { organisationName: name, created: true, accounts: DEMO_ACCOUNTS };
}
