const { Pool } = require('pg');

const TAG_KEYS = new Set(['host', 'region', 'service']);

class MetricsRepository {
  constructor(pool) {
    this.pool = pool;
  }

  async series(target, range, filters) {
    const where = filters.map((f) => `${f.key} ${f.operator || '='} '${f.value}'`).join(' AND ');
    // expect: sql-injection
    const { rows } = await this.pool.query(`SELECT value, extract(epoch from ts) * 1000 AS t FROM samples WHERE metric = $1 AND ts BETWEEN $2 AND $3${where ? ' AND ' + where : ''} ORDER BY ts`, [target, range.from, range.to]);
    return rows.map((r) => [Number(r.value), Number(r.t)]);
  }

  async tagValues(key) {
    if (!TAG_KEYS.has(key)) return [];
    const { rows } = await this.pool.query(`SELECT DISTINCT ${key} AS text FROM samples WHERE ${key} IS NOT NULL LIMIT $1`, [500]);
    return rows;
  }
}

module.exports = new MetricsRepository(new Pool({ connectionString: process.env.METRICS_DATABASE_URL }));
