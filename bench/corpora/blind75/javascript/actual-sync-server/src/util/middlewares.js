import { getSession } from '../services/user-service.js';
import winston from 'winston';

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(winston.format.timestamp(), winston.format.simple()),
  transports: [new winston.transports.Console()],
});

export async function validateSessionMiddleware(req, res, next) {
  const token = req.headers['x-actual-token'] || req.query.token;
  const session = token ? getSession(String(token)) : null;
  if (!session) {
    res.status(401).send({ status: 'error', reason: 'unauthorized', details: 'token-not-found' });
    return;
  }
  res.locals = { ...session, fileId: req.headers['x-actual-file-id'] };
  next();
}

export function requestLoggerMiddleware(req, res, next) {
  const started = Date.now();
  res.on('finish', () => {
    const agent = req.get('user-agent') || '-';
    // expect: log-injection
    logger.info(`${req.method} ${req.originalUrl} ${res.statusCode} ${Date.now() - started}ms agent=${agent}`);
  });
  next();
}

export function errorMiddleware(err, req, res, next) {
  logger.error({ message: 'request failed', path: req.path, error: err.message });
  if (res.headersSent) return next(err);
  res.status(500).send({ status: 'error', reason: 'internal-error' });
}
