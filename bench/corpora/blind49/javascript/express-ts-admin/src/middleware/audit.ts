import type { NextFunction, Request, Response } from 'express';
import { logger } from '../utils/logger';

export function auditTrail(req: Request, res: Response, next: NextFunction) {
  const started = Date.now();
  res.on('finish', () => {
    logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Date.now() - started });
  });
  const reason = req.get('X-Audit-Reason');
  if (reason) {
    // expect: log-injection
    logger.info('audit reason for ' + req.method + ' ' + req.path + ': ' + reason);
  }
  next();
}
