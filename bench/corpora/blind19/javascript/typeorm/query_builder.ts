// TypeORM (TS): dataSource.query / manager.query and createQueryBuilder().where(string)
import { DataSource, Repository } from 'typeorm';
import { User } from './entity/User';

export class UserService {
  constructor(private readonly ds: DataSource, private readonly repo: Repository<User>) {}

  async byName(name: string) {
    // expect: sql-injection
    return this.repo.createQueryBuilder('user').where(`user.name = '${name}'`).getMany();
  }

  async byDomain(domain: string) {
    const qb = this.repo.createQueryBuilder('user');
    // expect: sql-injection
    qb.andWhere("user.email LIKE '%@" + domain + "'");
    return qb.getMany();
  }

  async rawCount(table: string, status: string) {
    // expect: sql-injection
    return this.ds.query(`SELECT count(*) FROM ${table} WHERE status = '${status}'`);
  }

  async byNameSafe(name: string) {
    return this.repo.createQueryBuilder('user').where('user.name = :name', { name }).getMany();
  }

  async byDomainSafe(domain: string) {
    return this.repo.createQueryBuilder('user').andWhere('user.email LIKE :pattern', { pattern: `%@${domain}` }).getMany();
  }

  async rawCountSafe(status: string) {
    return this.ds.manager.query('SELECT count(*) FROM users WHERE status = $1', [status]);
  }

  async byId(id: number) {
    return this.repo.findOneBy({ id });
  }
}
