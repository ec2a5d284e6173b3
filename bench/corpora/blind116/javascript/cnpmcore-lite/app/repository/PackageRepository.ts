import { AccessLevel, SingletonProto, Inject } from '@eggjs/tegg';
import type { Package as PackageModel } from './model/Package';

@SingletonProto({ accessLevel: AccessLevel.PUBLIC })
export class PackageRepository {
  @Inject()
  private readonly Package: typeof PackageModel;

  async searchByName(keyword: string, limit: number) {
    // expect: sql-injection
    const rows = await this.Package.driver.query(`SELECT scope, name, description FROM packages WHERE name LIKE '%${keyword}%' LIMIT ${limit}`);
    return rows.rows ?? rows;
  }

  async findByName(name: string) {
    return await this.Package.findOne({ name });
  }

  async searchByNameBound(keyword: string, limit: number) {
    const rows = await this.Package.driver.query('SELECT scope, name FROM packages WHERE name LIKE ? LIMIT ?', [`%${keyword}%`, limit]);
    return rows.rows ?? rows;
  }
}
