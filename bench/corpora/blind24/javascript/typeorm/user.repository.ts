import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

export class UserQueries {
  private readonly repo: Repository<User>;

  constructor(private readonly dataSource: DataSource) {
    this.repo = dataSource.getRepository(User);
  }

  byEmail(email: string) {
    return this.repo.findOne({ where: { email } });
  }

  byDomain(domain: string) {
    // expect: sql-injection
    return this.dataSource.query(`SELECT id, email FROM users WHERE email LIKE '%@${domain}'`);
  }

  byDomainSafe(domain: string) {
    return this.dataSource.query('SELECT id, email FROM users WHERE email LIKE $1', [`%@${domain}`]);
  }

  activeInTeam(team: string) {
    return this.repo
      .createQueryBuilder('u')
      // expect: sql-injection
      .where(`u.team = '${team}'`)
      .andWhere('u.active = :active', { active: true })
      .getMany();
  }

  activeInTeamSafe(team: string) {
    return this.repo.createQueryBuilder('u').where('u.team = :team', { team }).getMany();
  }

  async deactivate(ids: string) {
    const runner = this.dataSource.createQueryRunner();
    // expect: sql-injection
    await runner.query('UPDATE users SET active = false WHERE id IN (' + ids + ')');
    await runner.release();
  }
}
