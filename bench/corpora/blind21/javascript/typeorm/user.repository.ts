// typeorm: a custom repository with query builders and raw queries
import { Brackets, DataSource, Repository } from 'typeorm';
import { User } from '../entities/user.entity';

export class UserRepository {
  private repo: Repository<User>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(User);
  }

  findByEmail(email: string) {
    return this.repo.createQueryBuilder('user').where('user.email = :email', { email }).getOne();
  }

  findByUsername(username: string) {
    // expect: sql-injection
    return this.repo.createQueryBuilder('user').where(`user.username = '${username}'`).getOne();
  }

  search(term: string, role?: string) {
    const qb = this.repo.createQueryBuilder('u').where('u.active = :active', { active: true });
    qb.andWhere(new Brackets((w) => {
      w.where('u.name ILIKE :term', { term: `%${term}%` }).orWhere('u.email ILIKE :term', { term: `%${term}%` });
    }));
    if (role) {
      // expect: sql-injection
      qb.andWhere(`u.role = '${role}'`);
    }
    return qb.take(25).getMany();
  }

  list(sort: string, order: string) {
    const columns: Record<string, string> = { name: 'u.name', created: 'u.createdAt' };
    return this.repo.createQueryBuilder('u')
      .orderBy(columns[sort] ?? 'u.createdAt', order === 'ASC' ? 'ASC' : 'DESC')
      .getMany();
  }

  listUnchecked(sort: string) {
    // expect: sql-injection
    return this.repo.createQueryBuilder('u').orderBy(sort).getMany();
  }

  async deactivate(ids: number[]) {
    await this.repo.createQueryBuilder().update(User).set({ active: false }).where('id IN (:...ids)', { ids }).execute();
  }

  async loginCount(userId: number): Promise<number> {
    const rows = await this.dataSource.query('SELECT count(*) AS n FROM logins WHERE user_id = $1', [userId]);
    return Number(rows[0].n);
  }

  async lastLogins(username: string) {
    // expect: sql-injection
    return this.dataSource.query(`SELECT * FROM logins l JOIN users u ON u.id = l.user_id WHERE u.username = '${username}' ORDER BY l.at DESC LIMIT 10`);
  }

  async purgeSessions(days: number) {
    const manager = this.dataSource.manager;
    await manager.query(`DELETE FROM sessions WHERE created_at < now() - interval '${Math.max(1, Math.floor(days))} days'`);
  }

  async renameTenantSchema(tenant: string) {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // expect: sql-injection
      await runner.query(`ALTER SCHEMA tenant_${tenant} RENAME TO archived_${tenant}`);
    } finally {
      await runner.release();
    }
  }

  findActiveByIds(ids: string[]) {
    return this.repo.find({ where: ids.map((id) => ({ id: Number(id), active: true })) });
  }
}
