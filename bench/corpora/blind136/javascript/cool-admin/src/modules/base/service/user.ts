import { Provide } from '@midwayjs/core';
import { BaseService } from '@cool-midway/core';
import { InjectEntityModel } from '@midwayjs/typeorm';
import { Repository } from 'typeorm';
import * as bcrypt from 'bcryptjs';
import * as jwt from 'jsonwebtoken';
import { BaseSysUserEntity } from '../entity/sys/user';

@Provide()
export class BaseSysUserService extends BaseService {
  @InjectEntityModel(BaseSysUserEntity)
  baseSysUserEntity: Repository<BaseSysUserEntity>;

  findByUsername(username: string) {
    return this.baseSysUserEntity.findOneBy({ username: String(username) });
  }

  checkPassword(user: BaseSysUserEntity, password: string) {
    return bcrypt.compare(String(password), user.password);
  }

  issueToken(user: BaseSysUserEntity) {
    return jwt.sign({ userId: user.id }, process.env.JWT_SECRET as string, { expiresIn: '2h' });
  }

  async page(query: { keyWord?: string; order?: string; sort?: string; page?: number; size?: number }) {
    const { keyWord = '', order = 'createTime', sort = 'desc' } = query;
    const sql = `SELECT a.id, a.name, a.username FROM base_sys_user a WHERE 1 = 1 ${this.setSql(keyWord, 'AND (a.name LIKE ? OR a.username LIKE ?)', [`%${keyWord}%`, `%${keyWord}%`])}`;
    // expect: sql-injection
    return this.nativeQuery(`${sql} ORDER BY a.${order} ${sort} LIMIT ${Number(query.size) || 20}`);
  }

  async pageSafe(query: { keyWord?: string; order?: string; sort?: string }) {
    const columns = new Set(['createTime', 'username', 'name']);
    const order = columns.has(String(query.order)) ? query.order : 'createTime';
    const sort = query.sort === 'asc' ? 'ASC' : 'DESC';
    return this.nativeQuery(`SELECT a.id, a.name FROM base_sys_user a WHERE a.name LIKE ? ORDER BY a.${order} ${sort}`, [`%${query.keyWord ?? ''}%`]);
  }
}
