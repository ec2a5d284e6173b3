'use strict';

const crypto = require('crypto');

module.exports = function(env, ctx) {
  const hashedSecret = crypto.createHash('sha1').update(env.api_secret || '').digest('hex');

  function resolve(req) {
    const header = req.get('api-secret') || '';
    const token = req.query.token || '';
    if (header && header.toLowerCase() === hashedSecret) {
      return { subject: 'admin', permissions: ['*'] };
    }
    if (token) {
      const subject = ctx.tokens && ctx.tokens.lookup(token);
      if (subject) return { subject: subject.name, permissions: subject.permissions };
    }
    return { subject: 'anonymous', permissions: env.settings.authDefaultRoles === 'readable' ? ['api:*:read'] : [] };
  }

  function isPermitted(permission) {
    return function(req, res, next) {
      const auth = resolve(req);
      req.authInfo = auth;
      const [area, , action] = permission.split(':');
      const ok = auth.permissions.some((p) => p === '*' || p === permission || p === `api:*:${action}` || p === `${area}:*:*`);
      if (!ok) {
        console.warn('access denied for %j', auth.subject);
        return res.status(401).json({ status: 401, message: 'Unauthorized' });
      }
      next();
    };
  }

  return { resolve, isPermitted };
};
