const KNOWN_PLANS = new Set(['free', 'team', 'enterprise']);

function resolveTenant(req, res, next) {
  const sub = (req.hostname || '').split('.')[0];
  const header = req.get('X-Tenant');
  req.tenant = {
    slug: header || sub || 'www',
    plan: KNOWN_PLANS.has(req.get('X-Plan')) ? req.get('X-Plan') : 'free',
    region: 'eu-west-1',
  };
  next();
}

module.exports = { resolveTenant };
