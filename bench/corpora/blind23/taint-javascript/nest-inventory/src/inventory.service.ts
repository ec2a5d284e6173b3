// nest-inventory: inventory queries (TypeORM DataSource)
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

const SORT_COLUMNS: Record<string, string> = { sku: 'sku', qty: 'quantity', updated: 'updated_at' };

@Injectable()
export class InventoryService {
  constructor(private readonly ds: DataSource) {}

  async list(warehouse: string, sort?: string) {
    const order = sort || 'sku';
    const sql = `SELECT sku, quantity FROM stock WHERE warehouse = '${warehouse}' ORDER BY ${order}`;
    // expect: sql-injection
    return this.ds.query(sql);
  }

  async listSafe(warehouse: string, sort?: string) {
    const order = SORT_COLUMNS[sort ?? ''] ?? 'sku';
    return this.ds.query(`SELECT sku, quantity FROM stock WHERE warehouse = $1 ORDER BY ${order}`, [warehouse]);
  }

  async byId(id: number) {
    return this.ds.query(`SELECT * FROM stock WHERE id = ${id}`);
  }

  async adjust({ sku, delta, reason = 'manual' }: { sku: string; delta: number; reason?: string }) {
    await this.ds.query('UPDATE stock SET quantity = quantity + $1 WHERE sku = $2', [Number(delta), sku]);
    const qb = this.ds.createQueryBuilder().insert().into('stock_log');
    await qb.values({ sku, delta, reason }).execute();
    // expect: sql-injection
    return this.ds.query(`SELECT quantity FROM stock WHERE sku = '${sku}'`);
  }
}
