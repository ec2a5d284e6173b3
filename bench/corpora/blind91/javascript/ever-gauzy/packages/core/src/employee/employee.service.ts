import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { RequestContext } from '../core/context/request-context';
import { TenantAwareCrudService } from '../core/crud/tenant-aware-crud.service';
import { Employee } from './employee.entity';

@Injectable()
export class EmployeeService extends TenantAwareCrudService<Employee> {
  constructor(@InjectRepository(Employee) typeOrmEmployeeRepository: Repository<Employee>) {
    super(typeOrmEmployeeRepository);
  }

  async search(options: { name: string; tag?: string; orderBy?: string }) {
    const tenantId = RequestContext.currentTenantId();
    const query = this.typeOrmRepository.createQueryBuilder('employee').leftJoinAndSelect('employee.user', 'user');
    query.where('employee.tenantId = :tenantId', { tenantId });
    query.andWhere('(user.firstName ILIKE :name OR user.lastName ILIKE :name)', { name: `%${options.name}%` });
    if (options.tag) query.innerJoin('employee.tags', 'tag', 'tag.name = :tag', { tag: options.tag });
    query.orderBy(`user.${options.orderBy ?? 'firstName'}`, 'ASC');
    return query.getMany();
  }

  async countWorking(forRange = 'week') {
    const tenantId = RequestContext.currentTenantId();
    const organizationId = RequestContext.currentOrganizationId();
    const interval = forRange === 'month' ? '1 month' : '7 days';
    // expect: sql-injection
    return this.typeOrmRepository.query(`SELECT count(DISTINCT "employeeId") FROM "time_log" WHERE "tenantId" = $1 AND "organizationId" = '${organizationId}' AND "startedAt" > now() - interval '${interval}'`, [tenantId]);
  }
}
