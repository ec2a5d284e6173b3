'use strict';
/** Structured logging with request ids; redacts known secret fields. */
const crypto = require('crypto');
const pino = require('pino');

const REDACT = ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token', '*.secret'];

const logger = pino({
  level: process.env.LOG_LEVEL || 'info',
  redact: { paths: REDACT, censor: '[redacted]' },
  base: { service: process.env.SERVICE_NAME || 'shop-api' },
});

function requestId(req) {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
}

function middleware(req, res, next) {
  const id = requestId(req);
  const started = process.hrtime.bigint();
  req.log = logger.child({ requestId: id });
  res.setHeader('X-Request-Id', id);
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    req.log.info({ method: req.method, path: req.route?.path, status: res.statusCode, ms: Math.round(ms) }, 'request');
  });
  next();
}

module.exports = { logger, middleware, requestId };
