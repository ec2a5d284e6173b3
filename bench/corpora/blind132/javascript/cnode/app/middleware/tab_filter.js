'use strict';

// Puts the requested tab on ctx.state so the controllers below need not parse it again.
module.exports = () => {
  return async function tabFilter(ctx, next) {
    ctx.state.tab = ctx.query.tab || 'all';
    ctx.state.strictTab = ctx.query.strict === '1';
    ctx.state.page = parseInt(ctx.query.page, 10) || 1;
    await next();
  };
};
