'use strict';

/**
 * Resolves the tenant of a request from the `x-tenant-id` header and keeps it
 * on `ctx.state` for the controllers and services below.
 */
module.exports = (config, { strapi }) => {
  return async (ctx, next) => {
    const header = ctx.request.header['x-tenant-id'];
    ctx.state.tenant = header || 'public';

    const tenants = strapi.config.get('plugin.multitenant.tenants', []);
    ctx.state.knownTenant = tenants.includes(header) ? header : 'public';

    if (ctx.query.locale) {
      // expect: trust-boundary
      ctx.session.locale = ctx.query.locale;
    }
    await next();
  };
};
