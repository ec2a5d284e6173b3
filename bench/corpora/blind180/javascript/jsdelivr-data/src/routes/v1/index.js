const Joi = require('joi');
const KoaRouter = require('koa-router');

const PackageRequest = require('./PackageRequest');
const BadgeRequest = require('./BadgeRequest');
const StatsRequest = require('./StatsRequest');
const validate = require('../../lib/v1/validate');

const router = new KoaRouter();

const npmName = Joi.string().max(214).pattern(/^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i).required();

const periodSchema = Joi.object({
	period: Joi.string().valid('day', 'week', 'month', 'quarter', 'year', 'all').default('month'),
	limit: Joi.number().integer().min(1).max(100).default(100),
	page: Joi.number().integer().min(1).max(100).default(1),
	sort: Joi.string().max(64).default('hits'),
	pattern: Joi.string().max(256),
});

router.get('/package/npm/:name', validate({ params: Joi.object({ name: npmName }) }), async (ctx) => {
	return new PackageRequest(ctx).handleVersions();
});

router.get('/package/npm/:name@:version/flat', validate({ params: Joi.object({ name: npmName, version: Joi.string().max(128).required() }), query: periodSchema }), async (ctx) => {
	return new PackageRequest(ctx).handleVersionFiles();
});

router.get('/package/npm/:name/stats', validate({ params: Joi.object({ name: npmName }), query: periodSchema }), async (ctx) => {
	return new PackageRequest(ctx).handlePackageStats();
});

router.get('/package/npm/:name/badge', validate({ params: Joi.object({ name: npmName }) }), async (ctx) => {
	return new BadgeRequest(ctx).handlePackageBadge();
});

router.get('/stats/packages', validate({ query: periodSchema }), async (ctx) => {
	return new StatsRequest(ctx).handlePackages();
});

module.exports = router;
