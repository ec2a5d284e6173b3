const { Agent } = require('../models');

async function loadAgent(ctx, next) {
  if (ctx.session.agentId) {
    ctx.state.agent = await Agent.findById(ctx.session.agentId).lean();
  }
  await next();
}

// The ticket list keeps the agent's last filter; the query and the posted filter win over the saved one.
async function captureFilters(ctx, next) {
  const saved = ctx.session.filters || {};
  const posted = (ctx.request.body && ctx.request.body.filters) || {};
  ctx.state.filters = { ...saved, ...ctx.query, ...posted };
  if (ctx.query.remember === '1') {
    // expect: trust-boundary
    ctx.session.filters = ctx.query;
  }
  await next();
}

module.exports = { loadAgent, captureFilters };
