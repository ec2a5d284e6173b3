import { quoteLiteral, whereClause } from '../lib/sql.mjs';

const FILTER_COLUMNS = ['sku', 'status', 'supplier_id'];

export class ItemService {
  constructor(pool) {
    this.pool = pool;
  }

  async list(table, filters) {
    const { text, values } = whereClause(filters, FILTER_COLUMNS);
    const { rows } = await this.pool.query(`SELECT * FROM ${table} WHERE ${text} LIMIT 100`, values);
    return rows;
  }

  async listRaw(rawWarehouse, status) {
    const table = `wh_${rawWarehouse}`;
    // expect: sql-injection
    const { rows } = await this.pool.query(`SELECT * FROM ${table} WHERE status = $1 LIMIT 100`, [status]);
    return rows;
  }

  async bySupplier(tenantId, supplier) {
    let sql = 'SELECT sku, qty FROM items WHERE tenant_id = ' + quoteLiteral(tenantId);
    sql += ' AND supplier_code = ' + quoteLiteral(supplier);
    // expect: sql-injection
    const result = await this.pool.query(sql);
    return result.rows;
  }

  async adjust(tenantId, sku, delta) {
    const { rowCount } = await this.pool.query(
      'UPDATE items SET qty = qty + $1 WHERE tenant_id = $2 AND sku = $3',
      [delta, tenantId, sku],
    );
    return rowCount;
  }

  async bulkTag(tenantId, skus, tag) {
    let inList = '';
    for (const sku of skus) {
      inList += (inList ? ',' : '') + `'${sku}'`;
    }
    // expect: sql-injection
    return this.pool.query(`UPDATE items SET tags = array_append(tags, $1) WHERE tenant_id = $2 AND sku IN (${inList})`, [tag, tenantId]);
  }
}
