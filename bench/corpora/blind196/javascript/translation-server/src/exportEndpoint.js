'use strict';

const fs = require('fs/promises');
const path = require('path');
const Translators = require('./translators');

const STYLES_DIR = path.join(__dirname, '..', 'modules', 'styles');

// export formats a client may ask for, mapped to translator ids
const FORMATS = {
	bibtex: '9cb70025-a888-4a29-a210-93ec52da40d4',
	biblatex: 'b6e39b57-8942-4d11-8259-342c46ce395f',
	ris: '32d59d2d-b65a-4da4-b0a3-bdd3cfb979e7',
	csljson: 'bc03b4fe-436d-4a1f-ba59-de4d2d7a63f7',
	csv: '25f4c5e2-d790-4daa-a667-797619c7e2f2',
	refer: '881f60f2-0802-411a-9228-ce5f47b64c7d',
};

module.exports = {
	async handle(ctx) {
		const format = String(ctx.query.format || '');
		const items = ctx.request.body;
		if (!Array.isArray(items)) {
			ctx.throw(400, 'POST an array of Zotero API JSON items');
		}
		if (format === 'csl') {
			const styleName = String(ctx.query.style || 'apa');
			// expect: path-traversal
			const style = await fs.readFile(path.join(STYLES_DIR, `${styleName}.csl`), 'utf8');
			ctx.body = await Translators.formatCitations(items, style);
			ctx.type = 'text/html';
			return;
		}
		if (!Object.prototype.hasOwnProperty.call(FORMATS, format)) {
			ctx.throw(400, `Invalid format; use one of ${Object.keys(FORMATS).join(', ')}`);
		}
		ctx.body = await Translators.runExport(FORMATS[format], items);
		ctx.type = format === 'csljson' ? 'application/json' : 'text/plain';
	},
};
