import type {
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';

/**
 * The one place that scopes data to an organisation. Services reach tenant tables only through
 * `scoped(repo, organisationId)`, so a query without the tenant filter cannot be written by accident.
 */
export function scoped<T extends ObjectLiteral & { organisationId: string }>(
  repo: Repository<T>,
  organisationId: string,
) {
  const withTenant = (where: FindOptionsWhere<T> = {}): FindOptionsWhere<T> =>
    ({ ...where, organisationId }) as FindOptionsWhere<T>;
  return {
    find: (where?: FindOptionsWhere<T>, options: Omit<FindManyOptions<T>, 'where'> = {}) =>
      repo.find({ ...options, where: withTenant(where) }),
    findOne: (where: FindOptionsWhere<T>) => repo.findOne({ where: withTenant(where) }),
    count: (where?: FindOptionsWhere<T>) => repo.count({ where: withTenant(where) }),
    exists: (where: FindOptionsWhere<T>) => repo.exists({ where: withTenant(where) }),
    queryBuilder: (alias: string): SelectQueryBuilder<T> =>
      repo
        .createQueryBuilder(alias)
        .where(`${alias}.organisation_id = :tenantId`, { tenantId: organisationId }),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's partial-entity type is not exported in a usable form
    update: (where: FindOptionsWhere<T>, patch: any) => repo.update(withTenant(where), patch),
    delete: (where: FindOptionsWhere<T>) => repo.delete(withTenant(where)),
  };
}
