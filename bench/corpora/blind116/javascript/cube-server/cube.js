const jwt = require('jsonwebtoken');
const { tenantSchemaFiles, tenantSchemaFilesChecked } = require('./lib/tenant-repo');
const { warnAuth } = require('./lib/log');

module.exports = {
  checkAuth: async (req, auth) => {
    const tenantHint = req.headers['x-tenant'] || 'public';
    try {
      const claims = jwt.verify(auth, process.env.CUBEJS_API_SECRET, { algorithms: ['HS256'] });
      req.securityContext = { ...claims, tenant: claims.tenant ?? tenantHint };
    } catch (e) {
      warnAuth(tenantHint, e.message);
      throw e;
    }
  },

  queryRewrite: (query, { securityContext }) => {
    query.filters = query.filters || [];
    query.filters.push({ member: 'Orders.tenantId', operator: 'equals', values: [String(securityContext.tenant)] });
    return query;
  },

  contextToAppId: ({ securityContext }) => `CUBE_APP_${securityContext.tenant}`,

  repositoryFactory: ({ securityContext }) => ({
    dataSchemaFiles: () => (process.env.CUBE_STRICT_TENANTS ? tenantSchemaFilesChecked(securityContext.tenant) : tenantSchemaFiles(securityContext.tenant)),
  }),

  logger: (msg, params) => {
    console.log(JSON.stringify({ msg, ...params }));
  },
};
