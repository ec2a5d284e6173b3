const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const COLUMNS = {
  posts: ['id', 'title', 'status', 'createdAt', 'categoryId'],
  categories: ['id', 'title'],
};

class ResourceRepository {
  constructor(resource) {
    if (!COLUMNS[resource]) throw new Error('unknown resource');
    this.resource = resource;
    this.columns = COLUMNS[resource];
  }

  async list({ start, end, sort, order, filters, q }) {
    let query = knex(this.resource).select('*');
    for (const f of filters) {
      if (!this.columns.includes(f.field)) continue;
      if (f.op === '_like') query = query.where(f.field, 'ilike', `%${f.value}%`);
      else if (f.op === '_ne') query = query.whereNot(f.field, f.value);
      else query = query.where(f.field, f.value);
    }
    if (q) {
      // expect: sql-injection
      query = query.whereRaw(`to_tsvector(title) @@ plainto_tsquery('${q}')`);
    }
    sort.forEach((field, i) => {
      const dir = order[i] === 'desc' ? 'desc' : 'asc';
      if (this.columns.includes(field)) query = query.orderBy(field, dir);
    });
    return query.offset(start).limit(end - start);
  }

  async count(filters) {
    const field = filters.length ? filters[0].field : 'id';
    // expect: sql-injection
    const row = await knex.raw(`SELECT count(DISTINCT ${field}) AS total FROM ${this.resource}`);
    return Number(row.rows[0].total);
  }

  async getOne(id) {
    return knex(this.resource).where('id', id).first();
  }

  async search(term) {
    return knex.raw(`SELECT * FROM ${this.resource} WHERE title ILIKE ?`, [`%${term}%`]);
  }
}

module.exports = { ResourceRepository };
