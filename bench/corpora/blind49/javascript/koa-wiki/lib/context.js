'use strict';

// Puts request-derived values on ctx.state so every route sees the same view.
async function requestContext(ctx, next) {
  ctx.state.space = ctx.get('X-Wiki-Space') || 'main';
  ctx.state.editor = ctx.session && ctx.session.user ? ctx.session.user.login : 'anonymous';
  ctx.state.next = ctx.query.next;
  ctx.state.build = process.env.BUILD_ID || 'dev';
  await next();
}

module.exports = { requestContext };
