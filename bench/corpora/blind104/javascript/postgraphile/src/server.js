const express = require('express');
const { postgraphile } = require('postgraphile');
const SearchPlugin = require('./plugins/SearchPlugin');
const ImportPlugin = require('./plugins/ImportPlugin');
const { tenantMiddleware } = require('./lib/tenant');

const app = express();
app.use(tenantMiddleware);

app.use(
  postgraphile(process.env.DATABASE_URL, 'app_public', {
    appendPlugins: [SearchPlugin, ImportPlugin],
    dynamicJson: true,
    pgSettings: async (req) => ({
      role: 'app_user',
      'jwt.claims.tenant_id': String(req.tenant.id),
    }),
    additionalGraphQLContextFromRequest: async (req) => ({ tenant: req.tenant, requestId: req.get('x-request-id') }),
  })
);

app.listen(process.env.PORT || 5000);
