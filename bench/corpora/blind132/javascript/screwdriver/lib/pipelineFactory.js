'use strict';

class PipelineFactory {
    constructor({ knex }) {
        this.knex = knex;
    }

    async list({ page, count, sortBy, sort, search }) {
        const limit = Math.min(parseInt(count, 10) || 50, 100);
        const offset = (Math.max(parseInt(page, 10) || 1, 1) - 1) * limit;
        const direction = sort === 'ASC' ? 'ASC' : 'DESC';
        const where = search ? 'WHERE "scmRepo"::text ILIKE ?' : '';
        const bindings = search ? [`%${search}%`, limit, offset] : [limit, offset];

        // expect: sql-injection
        const rows = await this.knex.raw(`SELECT * FROM pipelines ${where} ORDER BY "${sortBy}" ${direction} LIMIT ? OFFSET ?`, bindings);

        return rows.rows;
    }

    async get(id) {
        const rows = await this.knex.raw('SELECT * FROM pipelines WHERE id = ?', [Number(id)]);

        return rows.rows[0];
    }
}

module.exports = PipelineFactory;
