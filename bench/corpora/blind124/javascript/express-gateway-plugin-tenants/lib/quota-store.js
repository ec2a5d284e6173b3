const { Pool } = require('pg');

class QuotaStore {
  constructor(connectionString) {
    this.pool = new Pool({ connectionString });
  }

  async usageFor(tenant, sinceIso) {
    // expect: sql-injection
    const { rows } = await this.pool.query(`SELECT COUNT(*) AS used FROM gateway_requests WHERE tenant = '${tenant}' AND created_at > '${sinceIso}'`);
    return Number(rows[0].used);
  }

  async usageForVerified(tenant, sinceIso) {
    const { rows } = await this.pool.query(
      'SELECT COUNT(*) AS used FROM gateway_requests WHERE tenant = $1 AND created_at > $2',
      [tenant, sinceIso]
    );
    return Number(rows[0].used);
  }

  async record(tenant, path) {
    await this.pool.query('INSERT INTO gateway_requests (tenant, path) VALUES ($1, $2)', [tenant, path]);
  }
}

module.exports = QuotaStore;
