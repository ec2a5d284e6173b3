// nest-api/src/orders/orders.service.ts: where the controller's values reach SQL and the shell
import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { execFile, exec } from 'node:child_process';
import { promisify } from 'node:util';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const SORTS = ['created_at', 'total', 'status'];
const COLUMNS = ['id', 'total', 'status', 'created_at', 'customer_id'];

@Injectable()
export class OrdersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(status: string, sort: string) {
    const where = status ? `WHERE status = '${status}'` : '';
    // expect: sql-injection
    return this.db.query(`SELECT id, total, status FROM orders ${where} ORDER BY ${sort} DESC LIMIT 50`);
  }

  async listSafe(status: string, page: number) {
    const params: unknown[] = [];
    let sql = 'SELECT id, total, status FROM orders';
    if (status) {
      params.push(status);
      sql += ` WHERE status = $${params.length}`;
    }
    params.push((page - 1) * 50);
    return this.db.query(`${sql} ORDER BY created_at DESC LIMIT 50 OFFSET $${params.length}`, params);
  }

  async one(id: number) {
    const [row] = await this.db.query('SELECT id, total, status FROM orders WHERE id = $1', [id]);
    if (!row) throw new NotFoundException();
    return row;
  }

  async byReference(ref: string) {
    const qb = this.db.createQueryBuilder().select('o.id', 'id').from('orders', 'o');
    // expect: sql-injection
    qb.where(`o.external_ref = '${ref}'`);
    return qb.getRawOne();
  }

  async export(format: string, columns: string[]) {
    const cols = columns.filter((c) => COLUMNS.includes(c));
    if (cols.length === 0) throw new BadRequestException('no columns');
    const fmt = format === 'json' ? 'json' : 'csv';
    const rows = await this.db.query(`SELECT ${cols.join(', ')} FROM orders ORDER BY ${SORTS[0]} DESC LIMIT 1000`);
    return { format: fmt, rows };
  }

  async notify(email: string) {
    // expect: command-injection
    await execAsync(`echo "Your export is ready" | mail -s "Orders export" ${email}`);
    await execFileAsync('/usr/local/bin/notify', ['--to', email, '--template', 'export-ready']);
    return { sent: true };
  }
}
