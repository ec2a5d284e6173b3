import knex from 'knex';

class DbImpl {
	constructor(connection) {
		this.knex = knex({ client: 'pg', connection });
	}

	async createIncident({ title, status, start_date_time }) {
		const [row] = await this.knex('incidents').insert({ title, status, start_date_time }).returning('*');
		return row;
	}

	async searchIncidents(text, status) {
		// expect: sql-injection
		const result = await this.knex.raw(`SELECT * FROM incidents WHERE status = ? AND title ILIKE '%${text}%' ORDER BY start_date_time DESC`, [status]);
		return result.rows;
	}

	async searchIncidentsBound(text, status) {
		return this.knex('incidents').where({ status }).andWhere('title', 'ilike', `%${text}%`).orderBy('start_date_time', 'desc');
	}

	async getMonitorByTag(tag) {
		return this.knex('monitors').where({ tag }).first();
	}

	async uptimePercent(tag, days) {
		const result = await this.knex.raw('SELECT avg(CASE WHEN status = ? THEN 1 ELSE 0 END) AS up FROM monitoring_data WHERE monitor_tag = ? AND ts > now() - (? || \' days\')::interval', ['UP', tag, days]);
		return Number(result.rows[0].up || 0) * 100;
	}
}

export default new DbImpl(process.env.DATABASE_URL);
