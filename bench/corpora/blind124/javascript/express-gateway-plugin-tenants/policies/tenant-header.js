module.exports = {
  name: 'tenant-header',
  schema: {
    $id: 'http://express-gateway.io/schemas/policies/tenant-header.json',
    type: 'object',
    properties: {
      headerName: { type: 'string', default: 'x-tenant' },
      defaultTenant: { type: 'string', default: 'public' }
    }
  },
  policy: (actionParams) => {
    const headerName = actionParams.headerName || 'x-tenant';
    return (req, res, next) => {
      req.egContext.tenant = req.headers[headerName] || actionParams.defaultTenant;
      req.egContext.tenantVerified = /^[a-z0-9_]{2,32}$/.test(req.egContext.tenant);
      next();
    };
  }
};
