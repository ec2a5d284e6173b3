const SORTABLE = { created_at: 'created_at', total: 'total', status: 'status' };
const REGIONS = { eu: 'orders_eu', us: 'orders_us', apac: 'orders_apac' };

export class OrdersDB {
  constructor(knex, { region }) {
    this.knex = knex;
    this.region = region;
  }

  get table() {
    return REGIONS[this.region] || 'orders_eu';
  }

  async list({ customerId, status, sortBy, limit }) {
    const max = Math.min(Number(limit) || 20, 100);
    await this.auditRegion();
    // expect: sql-injection
    const { rows } = await this.knex.raw(`SELECT id, status, total, notes, created_at FROM ${this.table} WHERE customer_id = ? AND status = ? ORDER BY ${sortBy} DESC LIMIT ${max}`, [customerId, status]);
    return rows;
  }

  listSafe({ customerId, status, sortBy, limit }) {
    const column = SORTABLE[sortBy] ?? 'created_at';
    return this.knex(this.table)
      .select('id', 'status', 'total', 'notes', 'created_at')
      .where({ customer_id: customerId, status })
      .orderBy(column, 'desc')
      .limit(Math.min(Number(limit) || 20, 100));
  }

  search(customerId, term) {
    let pattern = term;
    try {
      pattern = decodeURIComponent(term);
    } catch {
      pattern = '';
    }
    const query = this.knex(this.table).where('customer_id', customerId);
    // expect: sql-injection
    return query.whereRaw(`notes ILIKE '%${pattern}%'`).limit(50);
  }

  searchSafe(customerId, term) {
    return this.knex(this.table).where('customer_id', customerId).whereRaw('notes ILIKE ?', [`%${term}%`]).limit(50);
  }

  async regionStats() {
    const { rows } = await this.knex.raw(`SELECT status, count(*) FROM ${this.table} GROUP BY status`);
    return rows;
  }

  async auditRegion() {
    // expect: sql-injection
    await this.knex.raw(`INSERT INTO region_audit (region, seen_at) VALUES ('${this.region}', now())`);
  }
}
