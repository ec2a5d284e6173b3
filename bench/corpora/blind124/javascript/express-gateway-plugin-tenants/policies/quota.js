const QuotaStore = require('../lib/quota-store');

const store = new QuotaStore(process.env.QUOTA_DATABASE_URL);

module.exports = {
  name: 'quota',
  schema: {
    $id: 'http://express-gateway.io/schemas/policies/quota.json',
    type: 'object',
    properties: {
      limit: { type: 'number', default: 1000 }
    }
  },
  policy: (actionParams) => {
    return async (req, res, next) => {
      const since = new Date(Date.now() - 3600 * 1000).toISOString();
      const tenant = req.egContext.tenant;
      try {
        const used = req.egContext.tenantVerified
          ? await store.usageForVerified(tenant, since)
          : await store.usageFor(tenant, since);
        if (used >= actionParams.limit) {
          return res.status(429).json({ error: 'quota exceeded' });
        }
        await store.record(tenant, req.path);
        next();
      } catch (err) {
        next(err);
      }
    };
  }
};
