'use strict';

const crypto = require('crypto');
const HTTP = require('./http');
const Translators = require('./translators');

const SESSION_TTL = 10 * 60 * 1000;
const sessions = new Map();

function newSessionId() {
	return crypto.randomBytes(12).toString('base64url');
}

module.exports = {
	async handle(ctx) {
		if (ctx.is('text/plain')) {
			return this.handleURL(ctx, ctx.request.body.trim());
		}
		if (ctx.is('json') && ctx.request.body.session) {
			return this.handleSelection(ctx, String(ctx.request.body.session), ctx.request.body.items || {});
		}
		ctx.throw(400, 'POST the URL as text/plain or a session as JSON');
	},

	async handleURL(ctx, url) {
		if (!/^https?:\/\//i.test(url)) {
			// bare DOIs are sent to the search endpoint by clients; here they are an error
			ctx.throw(400, 'URL must start with http:// or https://');
		}
		const page = await HTTP.request('GET', url, { timeout: 15000 });
		const translator = Translators.detect(page.url, page.document);
		if (!translator) {
			ctx.status = 501;
			ctx.body = 'No translators available';
			return;
		}
		const result = await Translators.runWeb(translator, page);
		if (result.select) {
			const id = newSessionId();
			sessions.set(id, { page, translator, expires: Date.now() + SESSION_TTL });
			ctx.status = 300;
			ctx.body = { url: page.url, session: id, items: result.select };
			return;
		}
		ctx.body = result.items;
	},

	async handleSelection(ctx, id, items) {
		const session = sessions.get(id);
		if (!session || session.expires < Date.now()) {
			sessions.delete(id);
			ctx.throw(400, 'Session not found or expired');
		}
		sessions.delete(id);
		ctx.body = await Translators.runWeb(session.translator, session.page, Object.keys(items));
	},
};
