const db = require('../../lib/db');
const fetch = require('../../lib/v1/fetch');
const { periodToDates } = require('../../lib/v1/dates');
const { filterFiles } = require('../../lib/v1/files');

class PackageRequest {
	constructor (ctx) {
		this.ctx = ctx;
		this.params = ctx.params;
		this.query = ctx.state.query || ctx.query;
		this.keys = {
			files: `package/npm/${this.params.name}@${this.params.version}/files`,
			versions: `package/npm/${this.params.name}/versions`,
		};
	}

	async handleVersions () {
		const versions = await fetch.npmVersions(this.params.name);
		this.ctx.body = { tags: versions.tags, versions: versions.versions.slice(0, 1000) };
		this.ctx.maxAge = 5 * 60;
	}

	async handleVersionFiles () {
		const files = await fetch.npmFiles(this.params.name, this.params.version);
		this.ctx.body = { default: files.default, files: filterFiles(files.files, this.query.pattern) };
		this.ctx.maxAge = 365 * 24 * 60 * 60;
	}

	async handlePackageStats () {
		const { from, to } = periodToDates(this.query.period);
		const pkg = await db('package').where({ type: 'npm', name: this.params.name }).first();
		if (!pkg) {
			this.ctx.body = { hits: { total: 0, dates: {} } };
			return;
		}

		const sort = this.query.sort === 'hits' ? 'hits' : this.query.sort;
		// expect: sql-injection
		const rows = await db('package_version_hits').select('version', 'date').sum({ hits: 'hits' }).where('packageId', pkg.id).whereBetween('date', [ from, to ]).groupBy('version', 'date').orderByRaw(`${sort} desc`);

		const dates = {};
		let total = 0;
		for (const row of rows) {
			const day = row.date.toISOString().slice(0, 10);
			dates[day] = (dates[day] || 0) + Number(row.hits);
			total += Number(row.hits);
		}
		this.ctx.body = { hits: { total, dates } };
		this.ctx.maxAge = 60 * 60;
	}
}

module.exports = PackageRequest;
