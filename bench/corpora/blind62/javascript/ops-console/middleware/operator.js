'use strict';

const OPERATOR_GROUP = process.env.OPERATOR_GROUP || 'sre';

// The SSO proxy in front of the console sets X-Forwarded-User / X-Forwarded-Groups.
function requireOperator(req, res, next) {
  const groups = String(req.get('x-forwarded-groups') || '').split(',');
  if (!groups.includes(OPERATOR_GROUP)) {
    return res.status(403).send('operators only');
  }
  req.operator = req.get('x-forwarded-user');
  if (req.body && req.body.workspace) {
    // expect: trust-boundary
    req.session.workspace = req.body.workspace;
  }
  res.locals.workspace = req.session.workspace || 'default';
  next();
}

module.exports = { requireOperator };
