const portalRoutes = require('./routes/portal');

module.exports = {
  version: '1.4.0',
  init: function (pluginContext) {
    pluginContext.registerPolicy(require('./policies/tenant-header'));
    pluginContext.registerPolicy(require('./policies/audit-log'));
    pluginContext.registerPolicy(require('./policies/quota'));
    pluginContext.registerGatewayRoute(portalRoutes);
  },
  policies: ['tenant-header', 'audit-log', 'quota'],
  schema: {
    $id: 'http://express-gateway.io/schemas/plugins/tenants.json',
    type: 'object',
    properties: {
      docsDir: { type: 'string', default: '/srv/gateway/docs' }
    }
  }
};
