import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Organisation } from './organisation.entity.js';

/** An organisation as others see it. */
export interface OrganisationRef {
  id: string;
  name: string;
  slug: string;
}

const ref = (o: Organisation): OrganisationRef => ({ id: o.id, name: o.name, slug: o.slug });

/**
 * Creates an organisation inside the caller's transaction (auth creates it with its first admin account, and
 * the CLI does so outside Nest).
 */
export async function insertOrganisation(
  em: EntityManager,
  o: { id: string; name: string; slug: string },
): Promise<OrganisationRef> {
  const org = em.create(Organisation, o);
  await em.insert(Organisation, org);
  return ref(org);
}

/** The SQL on `organisations`, owned by organisations; others ask `OrganisationsService`. */
@Injectable()
export class OrganisationsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Throws (TypeORM's EntityNotFoundError) when there is none. */
  async byId(id: string): Promise<OrganisationRef> {
    return ref(await this.ds.getRepository(Organisation).findOneByOrFail({ id }));
  }

  async bySlug(slug: string): Promise<OrganisationRef | null> {
    const org = await this.ds.getRepository(Organisation).findOne({ where: { slug } });
    return org ? ref(org) : null;
  }

  async name(id: string): Promise<string | null> {
    const [row] = await this.ds.query<{ name: string }[]>(`SELECT name FROM organisations WHERE id = $1`, [
      id,
    ]);
    return row?.name ?? null;
  }

  /** Zero or one row (the report's header). */
  nameAndSlug(id: string): Promise<{ name: string; slug: string }[]> {
    return this.ds.query<{ name: string; slug: string }[]>(
      `SELECT name, slug FROM organisations WHERE id = $1`,
      [id],
    );
  }
}
