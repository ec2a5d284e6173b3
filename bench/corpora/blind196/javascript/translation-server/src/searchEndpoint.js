'use strict';

const HTTP = require('./http');
const Translators = require('./translators');

const DOI_RE = /^10\.\d{4,9}\/\S+$/;
const ISBN_RE = /^(97[89])?\d{9}[\dX]$/;
const PMID_RE = /^\d{1,9}$/;
const ARXIV_RE = /^\d{4}\.\d{4,5}(v\d+)?$/;

function classify(identifier) {
	const compact = identifier.replace(/[\s-]/g, '');
	if (DOI_RE.test(identifier)) return { type: 'DOI', value: identifier };
	if (ISBN_RE.test(compact)) return { type: 'ISBN', value: compact };
	if (ARXIV_RE.test(identifier)) return { type: 'arXiv', value: identifier };
	if (PMID_RE.test(identifier)) return { type: 'PMID', value: identifier };
	return null;
}

module.exports = {
	async handle(ctx) {
		const identifier = String(ctx.request.body || '').trim();
		const parsed = classify(identifier);
		if (!parsed) {
			ctx.throw(501, 'No identifiers found');
		}
		if (parsed.type === 'DOI') {
			const data = await HTTP.requestJSON(`https://doi.org/api/handles/${encodeURIComponent(parsed.value)}`);
			ctx.body = await Translators.runSearch({ DOI: parsed.value, handle: data });
			return;
		}
		if (parsed.type === 'PMID') {
			const page = await HTTP.request('GET', `https://pubmed.ncbi.nlm.nih.gov/${parsed.value}/`);
			ctx.body = await Translators.runSearch({ PMID: parsed.value, page });
			return;
		}
		ctx.body = await Translators.runSearch({ [parsed.type]: parsed.value });
	},
};
