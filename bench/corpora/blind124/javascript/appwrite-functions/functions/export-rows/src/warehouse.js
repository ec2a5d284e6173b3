import pg from 'pg';

class Warehouse {
  constructor() {
    this.pool = new pg.Pool({ connectionString: process.env.WAREHOUSE_URL });
  }

  async listRows(table, sort, dir) {
    // expect: sql-injection
    const { rows } = await this.pool.query(`SELECT * FROM ${table} WHERE tenant_id = $1 ORDER BY ${sort} ${dir} LIMIT 500`, [process.env.APPWRITE_FUNCTION_PROJECT_ID]);
    return rows;
  }

  async listOrdersSorted(column, dir) {
    const { rows } = await this.pool.query(`SELECT * FROM orders WHERE tenant_id = $1 ORDER BY ${column} ${dir} LIMIT 500`, [process.env.APPWRITE_FUNCTION_PROJECT_ID]);
    return rows;
  }
}

export default new Warehouse();
