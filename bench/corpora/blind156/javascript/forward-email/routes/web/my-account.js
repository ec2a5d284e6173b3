// Koa router for the "My Account" pages (shape of forwardemail.net's routes/web/my-account.js).
const Router = require('@koa/router');
const policies = require('../../helpers/policies');
const listMessages = require('../../app/controllers/web/my-account/list-messages');
const verifyRecords = require('../../app/controllers/web/my-account/verify-records');
const session = require('../../app/controllers/web/my-account/session');

const router = new Router({ prefix: '/my-account' });

router.use(policies.ensureLoggedIn);

// a middleware that fills ctx.state.domain from the :domain_id param
router.param('domain_id', async (id, ctx, next) => {
  ctx.state.domain = await ctx.models.Domains.findOne({ id, members: ctx.state.user.id });
  if (!ctx.state.domain) return ctx.throw(404);
  ctx.state.searchTerm = String(ctx.query.q || '').trim();
  return next();
});

router
  .get('/domains/:domain_id/messages', listMessages.list)
  .get('/domains/:domain_id/messages/legacy', listMessages.legacyList)
  // counts are shown in the sidebar next to each folder
  .get('/domains/:domain_id/messages/count', listMessages.count)
  .post('/domains/:domain_id/verify-records', verifyRecords.verify)
  .post('/domains/:domain_id/verify-records/quick', verifyRecords.quickCheck)
  .get('/switch', session.switchAccount)
  .get('/back', session.back);

module.exports = router;
