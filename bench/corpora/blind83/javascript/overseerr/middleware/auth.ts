import { NextFunction, Request, Response } from 'express';
import { getRepository } from '../lib/datasource';
import { User } from '../lib/entities';
import logger from '../lib/logger';

// checkUser runs on every API request; it resolves the user and remembers where the
// client wants to land after a sign-in, so later routes can read req.returnTo.
export const checkUser = async (req: Request, res: Response, next: NextFunction) => {
  const apiKey = req.header('X-Api-Key');
  if (apiKey) {
    const userRepository = getRepository(User);
    req.user = await userRepository.findOne({ where: { apiKey } });
  } else if (req.session?.userId) {
    req.user = await getRepository(User).findOne({ where: { id: req.session.userId } });
  }
  req.returnTo = (req.query.returnUrl as string) || req.session?.returnTo;
  req.locale = req.header('Accept-Language')?.split(',')[0] ?? 'en';
  next();
};

export const isAuthenticated = (permission?: number) => (req: Request, res: Response, next: NextFunction) => {
  if (!req.user || (permission && !req.user.hasPermission(permission))) {
    logger.warn('Unauthorized API request', { label: 'Auth', ip: req.ip, path: req.path });
    return res.status(403).json({ status: 403, error: 'You do not have permission to access this endpoint' });
  }
  next();
};
