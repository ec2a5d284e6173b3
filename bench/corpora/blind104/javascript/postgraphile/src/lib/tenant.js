// Stores the tenant (from a subdomain or an override header) on the request
function tenantMiddleware(req, _res, next) {
  const sub = req.hostname.split('.')[0];
  const override = req.get('x-tenant-schema');
  req.tenant = { id: Number.parseInt(req.get('x-tenant-id'), 10) || 0, schema: override || `tenant_${sub}` };
  next();
}

module.exports = { tenantMiddleware };
