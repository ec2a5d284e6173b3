const tickets = require('../services/ticketService');

function requireAgent(ctx) {
  if (!ctx.state.agent) ctx.throw(401, 'sign in required');
  return ctx.state.agent;
}

module.exports = function ticketRoutes(router) {
  router.get('/tickets', async (ctx) => {
    const agent = requireAgent(ctx);
    ctx.body = await tickets.list(ctx.state.filters, agent.team);
  });

  router.post('/tickets/search', async (ctx) => {
    const agent = requireAgent(ctx);
    ctx.body = await tickets.list(ctx.state.filters, agent.team);
  });

  router.post('/tickets/search/v2', async (ctx) => {
    const agent = requireAgent(ctx);
    ctx.body = await tickets.listSafe(ctx.state.filters, agent.team);
  });

  router.post('/tickets/lookup', async (ctx) => {
    const { email, code } = ctx.request.body;
    const ticket = await tickets.lookup(email, code);
    if (!ticket) ctx.throw(404);
    ctx.body = { subject: ticket.subject, status: ticket.status };
  });

  router.post('/tickets/lookup/v2', async (ctx) => {
    const { email, code } = ctx.request.body;
    const ticket = await tickets.lookupSafe(email, code);
    if (!ticket) ctx.throw(404);
    ctx.body = { subject: ticket.subject, status: ticket.status };
  });

  router.get('/tickets/priority', async (ctx) => {
    requireAgent(ctx);
    const expr = ctx.query.expr || '<= 2';
    ctx.body = await tickets.byPriorityExpression(expr);
  });

  router.get('/tickets/priority/v2', async (ctx) => {
    requireAgent(ctx);
    ctx.body = await tickets.byPriority(ctx.query.max);
  });

  router.get('/tickets/:id/attachment-name', async (ctx) => {
    requireAgent(ctx);
    const name = ctx.query.name || 'attachment.bin';
    // expect: header-injection
    ctx.set('Content-Disposition', 'attachment; filename=' + name);
    ctx.body = '';
  });

  router.get('/tickets/:id/export', async (ctx) => {
    requireAgent(ctx);
    ctx.attachment(`ticket-${encodeURIComponent(ctx.params.id)}.json`);
    ctx.body = { id: ctx.params.id };
  });
};
