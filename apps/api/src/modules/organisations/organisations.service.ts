import { Injectable } from '@nestjs/common';
import { type OrganisationRef, OrganisationsRepository } from './organisations.repository.js';

/** What other modules may ask of `organisations` (organisations owns the table): an organisation's name and slug. */
@Injectable()
export class OrganisationsService {
  constructor(private readonly repo: OrganisationsRepository) {}

  /** Throws when there is none. */
  byId(id: string): Promise<OrganisationRef> {
    return this.repo.byId(id);
  }
  bySlug(slug: string): Promise<OrganisationRef | null> {
    return this.repo.bySlug(slug);
  }
  name(id: string): Promise<string | null> {
    return this.repo.name(id);
  }
  /** Zero or one row. */
  nameAndSlug(id: string): Promise<{ name: string; slug: string }[]> {
    return this.repo.nameAndSlug(id);
  }
}
