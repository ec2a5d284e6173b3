'use strict';

const winston = require('winston');

const logger = winston.createLogger({
  level: process.env.LOG_LEVEL || 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.simple()),
  transports: [new winston.transports.Console()],
});

function requireAdmin(req, res, next) {
  const user = req.session && req.session.user;
  if (!user || user.role !== 'admin') {
    return res.status(403).json({ error: 'forbidden' });
  }
  req.user = user;
  return next();
}

// Remembers the region the admin is looking at so the export endpoints can reuse it.
function attachReportScope(req, res, next) {
  const region = req.get('X-Report-Region') || req.query.region || 'all';
  res.locals.region = region;
  res.locals.requestedBy = req.user.email;
  res.locals.pageSize = 50;
  // expect: log-injection
  logger.info('report scope for ' + req.user.email + ': ' + region);
  next();
}

module.exports = { requireAdmin, attachReportScope };
