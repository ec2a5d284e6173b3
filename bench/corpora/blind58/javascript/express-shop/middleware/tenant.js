'use strict';

const { getHeader } = require('../utils/request');

/**
 * Resolves the tenant of the request from the X-Tenant header and stores it
 * on req.tenant for the controllers and repositories further down.
 */
module.exports = function tenant() {
  return function tenantMiddleware(req, res, next) {
    const slug = getHeader(req, 'x-tenant') || 'public';
    const numericId = Number.parseInt(getHeader(req, 'x-tenant-id'), 10);

    req.tenant = {
      slug,
      schema: `shop_${slug}`,
      id: Number.isNaN(numericId) ? 0 : numericId,
    };
    res.locals.tenantSlug = slug;
    next();
  };
};
