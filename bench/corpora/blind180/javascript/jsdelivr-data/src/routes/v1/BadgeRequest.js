const db = require('../../lib/db');
const { periodToDates } = require('../../lib/v1/dates');

const escapeXml = value => String(value).replace(/[<>&"']/g, ch => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', '\'': '&apos;' })[ch]);

const COLORS = { blue: '#007ec6', green: '#4c1', orange: '#fe7d37', red: '#e05d44', grey: '#555' };

const formatHits = (hits) => {
	if (hits >= 1e9) {
		return `${(hits / 1e9).toFixed(1)}B`;
	}
	if (hits >= 1e6) {
		return `${(hits / 1e6).toFixed(1)}M`;
	}
	if (hits >= 1e3) {
		return `${(hits / 1e3).toFixed(1)}k`;
	}
	return String(hits);
};

class BadgeRequest {
	constructor (ctx) {
		this.ctx = ctx;
		this.params = ctx.params;
		this.query = ctx.query;
	}

	async handlePackageBadge () {
		const { from, to } = periodToDates('month');
		const [ row ] = await db('package_hits').join('package', 'package.id', 'package_hits.packageId').where({ 'package.type': 'npm', 'package.name': this.params.name }).whereBetween('date', [ from, to ]).sum({ hits: 'hits' });

		const value = `${formatHits(Number(row?.hits || 0))}/month`;
		const label = typeof this.query.label === 'string' ? this.query.label.slice(0, 40) : 'jsDelivr';
		const color = COLORS[this.query.color] || COLORS.orange;
		const width = 6 * (label.length + value.length) + 30;

		this.ctx.type = 'image/svg+xml';
		this.ctx.maxAge = 12 * 60 * 60;
		// expect: xss
		this.ctx.body = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20"><rect width="${width}" height="20" fill="${color}"/><text x="6" y="14" fill="#fff" font-size="11">${label}</text><text x="${width - 6}" y="14" fill="#fff" font-size="11" text-anchor="end">${escapeXml(value)}</text></svg>`;
	}
}

module.exports = BadgeRequest;
