// library: @nestjs/common + typeorm (DataSource / QueryBuilder)
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pickSort } from '../common/query.util';

@Injectable()
export class UsersService {
  constructor(private readonly ds: DataSource) {}

  findByName(name: string) {
    // expect: sql-injection
    return this.ds.query(`SELECT id, name, email FROM users WHERE name = '${name}'`);
  }

  findByEmailDomain(domain: string) {
    // expect: sql-injection
    return this.ds.createQueryBuilder().select('u.id').from('users', 'u').where(`u.email LIKE '%@${domain}'`).getRawMany();
  }

  findById(id: number) {
    return this.ds.query('SELECT id, name, email FROM users WHERE id = $1', [id]);
  }

  findByEmailDomainSafe(domain: string) {
    return this.ds.createQueryBuilder().select('u.id').from('users', 'u').where('u.email LIKE :pattern', { pattern: `%@${domain}` }).getRawMany();
  }

  list(sort?: string) {
    return this.ds.query(`SELECT id, name FROM users ORDER BY "${pickSort(sort)}" LIMIT 100`);
  }
}
