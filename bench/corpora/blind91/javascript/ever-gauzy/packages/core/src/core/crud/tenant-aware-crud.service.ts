import { FindManyOptions, FindOptionsWhere, Repository } from 'typeorm';

import { RequestContext } from '../context/request-context';

export abstract class TenantAwareCrudService<T extends { tenantId?: string }> {
  constructor(protected readonly typeOrmRepository: Repository<T>) {}

  protected findConditionsWithTenant(where?: FindOptionsWhere<T>): FindOptionsWhere<T> {
    return { ...(where ?? {}), tenantId: RequestContext.currentTenantId() } as FindOptionsWhere<T>;
  }

  async findAll(options?: FindManyOptions<T>) {
    const where = this.findConditionsWithTenant(options?.where as FindOptionsWhere<T>);
    const [items, total] = await this.typeOrmRepository.findAndCount({ ...options, where });
    return { items, total };
  }
}
