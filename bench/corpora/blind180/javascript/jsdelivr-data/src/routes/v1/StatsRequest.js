const db = require('../../lib/db');
const { periodToDates } = require('../../lib/v1/dates');

const SORT_COLUMNS = {
	hits: 'hits',
	bandwidth: 'bandwidth',
	name: 'name',
};

class StatsRequest {
	constructor (ctx) {
		this.ctx = ctx;
		this.query = ctx.state.query || ctx.query;
	}

	async handlePackages () {
		const { from, to } = periodToDates(this.query.period);
		const column = SORT_COLUMNS[this.query.sort] || 'hits';

		const rows = await db('package_hits')
			.join('package', 'package.id', 'package_hits.packageId')
			.select('package.type', 'package.name')
			.sum({ hits: 'package_hits.hits', bandwidth: 'package_hits.bandwidth' })
			.whereBetween('package_hits.date', [ from, to ])
			.groupBy('package.id')
			.orderBy(column, 'desc')
			.limit(this.query.limit)
			.offset((this.query.page - 1) * this.query.limit);

		this.ctx.body = rows.map(row => ({ type: row.type, name: row.name, hits: Number(row.hits), bandwidth: Number(row.bandwidth) }));
		this.ctx.maxAge = 6 * 60 * 60;
	}

	async handleNetwork () {
		const { from, to } = periodToDates(this.query.period);
		const [ row ] = await db.raw('select sum(hits) as hits, sum(bandwidth) as bandwidth from normalized_raw_log_file where date between ? and ?', [ from, to ]);
		this.ctx.body = { hits: Number(row[0]?.hits || 0), bandwidth: Number(row[0]?.bandwidth || 0) };
	}
}

module.exports = StatsRequest;
