import { Op, QueryTypes } from 'sequelize';
import { sequelize, User } from '../models';

export interface SearchOptions {
  email?: string;
  role?: string;
  orderBy?: string;
}

const ORDERABLE = new Set(['email', 'createdAt', 'role']);

export class UserService {
  constructor(private readonly org: string) {}

  list() {
    return User.findAll({ where: { org: this.org }, limit: 100 });
  }

  async show(id: string) {
    const numericId = Number(id);
    if (!Number.isSafeInteger(numericId)) return null;
    const rows = await sequelize.query(`SELECT id, email, role FROM users WHERE id = ${numericId} AND org = :org`, {
      replacements: { org: this.org },
      type: QueryTypes.SELECT,
    });
    return rows[0] ?? null;
  }

  async search(opts: SearchOptions) {
    const where: string[] = [`org = '${this.org}'`];
    if (opts.email) where.push(`email LIKE '${opts.email}%'`);
    const order = opts.orderBy ?? 'email';
    // expect: sql-injection
    return sequelize.query(`SELECT id, email, role FROM users WHERE ${where.join(' AND ')} ORDER BY ${order}`, { type: QueryTypes.SELECT });
  }

  async searchSafe(opts: SearchOptions) {
    const order = opts.orderBy && ORDERABLE.has(opts.orderBy) ? opts.orderBy : 'email';
    return User.findAll({
      where: { org: this.org, ...(opts.email ? { email: { [Op.like]: `${opts.email}%` } } : {}) },
      order: [[order, 'ASC']],
    });
  }

  async byRole(role: string) {
    return sequelize.query('SELECT id, email FROM users WHERE org = ? AND role = ?', {
      replacements: [this.org, role],
      type: QueryTypes.SELECT,
    });
  }
}
