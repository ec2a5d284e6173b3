'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const config = require('config');

const WebEndpoint = require('./webEndpoint');
const SearchEndpoint = require('./searchEndpoint');
const ExportEndpoint = require('./exportEndpoint');
const Translators = require('./translators');

const app = module.exports = new Koa();
const router = new Router();

app.use(async (ctx, next) => {
	const allowed = config.get('allowedOrigins');
	const origin = ctx.get('Origin');
	if (origin && allowed.includes(origin)) {
		ctx.set('Access-Control-Allow-Origin', origin);
		ctx.set('Access-Control-Allow-Headers', 'Content-Type');
	}
	await next();
});

app.use(bodyParser({
	enableTypes: ['text', 'json'],
	jsonLimit: '5mb',
	textLimit: '5mb',
}));

router.post('/web', WebEndpoint.handle.bind(WebEndpoint));
router.post('/search', SearchEndpoint.handle.bind(SearchEndpoint));
router.post('/export', ExportEndpoint.handle.bind(ExportEndpoint));

router.get('/status', (ctx) => {
	ctx.body = { translators: Translators.count(), uptime: process.uptime() };
});

app.use(router.routes());
app.use(router.allowedMethods());

if (require.main === module) {
	Translators.init().then(() => {
		const port = config.get('port');
		const host = config.get('host');
		app.listen(port, host);
		console.log(`Listening on http://${host}:${port}`);
	});
}
