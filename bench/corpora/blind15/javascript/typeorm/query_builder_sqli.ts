// library: typeorm (QueryBuilder / EntityManager.query)
import { DataSource } from 'typeorm';
import { User } from './entities/User';

export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEmail(email: string) {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('user');
    // expect: sql-injection
    return qb.where(`user.email = '${email}'`).getOne();
  }

  search(term: string) {
    // expect: sql-injection
    return this.dataSource.manager.query(`SELECT id, name FROM users WHERE name ILIKE '%${term}%'`);
  }

  findByEmailSafe(email: string) {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('user');
    return qb.where('user.email = :email', { email }).getOne();
  }

  searchSafe(term: string) {
    return this.dataSource.manager.query('SELECT id, name FROM users WHERE name ILIKE $1', [`%${term}%`]);
  }

  findActive() {
    return this.dataSource.getRepository(User).find({ where: { active: true }, order: { createdAt: 'DESC' } });
  }
}
