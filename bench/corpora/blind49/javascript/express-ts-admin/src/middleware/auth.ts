import type { NextFunction, Request, Response } from 'express';
import jwt from 'jsonwebtoken';

export interface AdminUser {
  id: number;
  email: string;
  org: string;
  roles: string[];
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: AdminUser;
    orgFilter?: string;
  }
}

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY ?? '';

export function attachUser(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (token) {
    try {
      req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] }) as AdminUser;
    } catch {
      return res.status(401).json({ error: 'invalid token' });
    }
  }
  req.orgFilter = (req.query.org as string) || req.user?.org || 'default';
  next();
}
