// library: jsonwebtoken (Express middleware in TypeScript)
import type { NextFunction, Request, Response } from 'express';
import jwt, { JwtPayload } from 'jsonwebtoken';

const SECRET = process.env.JWT_SECRET as string;

export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = (req.headers.authorization || '').replace(/^Bearer /, '');
    try {
      const claims = jwt.verify(token, SECRET, { algorithms: ['HS256'], audience: 'api' }) as JwtPayload;
      if (claims.role !== role) return res.status(403).end();
      return next();
    } catch {
      return res.status(401).end();
    }
  };
}

export function requireAdminFast(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  // expect: jwt-no-verify
  const claims = jwt.decode(token) as JwtPayload | null;
  if (!claims || claims.role !== 'admin') return res.status(403).end();
  return next();
}

export function keyIdOf(token: string): string | undefined {
  const decoded = jwt.decode(token, { complete: true });
  return decoded?.header.kid;
}

export function verifyUnsigned(token: string) {
  // expect: jwt-no-verify
  return jwt.verify(token, '', { algorithms: ['none'] });
}
