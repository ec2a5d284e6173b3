import { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY ?? '';

export interface AuthUser {
  id: string;
  email: string;
  tenantId: string;
  roles: string[];
}

declare global {
  namespace Express {
    interface Request {
      user?: AuthUser;
      tenant?: { id: string; slug: string; schema: string; plan: string };
    }
  }
}

export function authenticate(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? '';
  const [scheme, token] = header.split(' ');
  if (scheme !== 'Bearer' || !token) {
    return res.status(401).json({ error: 'missing_token' });
  }
  try {
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] }) as any;
    req.user = { id: claims.sub, email: claims.email, tenantId: claims.tid, roles: claims.roles ?? [] };
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid_token' });
  }
}
