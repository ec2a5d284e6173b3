import jwt, { JwtPayload } from 'jsonwebtoken';
import * as jose from 'jose';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import passport from 'passport';
import type { NextFunction, Request, Response } from 'express';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY ?? '';
const SIGNING_KEY = process.env.JWT_SIGNING_KEY ?? '';

export function verifySession(token: string): JwtPayload {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'web' }) as JwtPayload;
}

export function verifyLegacy(token: string): JwtPayload {
  // expect: jwt-verify-no-algorithms
  return jwt.verify(token, SIGNING_KEY) as JwtPayload;
}

export function currentUser(req: Request): string | undefined {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  // expect: jwt-decode-for-auth
  const claims = jwt.decode(token) as JwtPayload | null;
  return claims?.sub;
}

export function issueInternal(sub: string): string {
  // expect: jwt-alg-none
  return jwt.sign({ sub }, '', { algorithm: 'none' });
}

export function issue(sub: string): string {
  return jwt.sign({ sub }, SIGNING_KEY, { algorithm: 'HS256', expiresIn: '15m' });
}

export async function verifyPartner(token: string) {
  const jwks = jose.createRemoteJWKSet(new URL('https://partner.example.com/.well-known/jwks.json'));
  const { payload } = await jose.jwtVerify(token, jwks, { issuer: 'https://partner.example.com' });
  return payload;
}

export function peekHeader(token: string) {
  return jose.decodeProtectedHeader(token);
}

passport.use(
  new JwtStrategy(
    {
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: PUBLIC_KEY,
      algorithms: ['RS256'],
      // expect: passport-jwt-ignore-expiration
      ignoreExpiration: true,
    },
    (payload: JwtPayload, done: (err: unknown, user?: unknown) => void) => done(null, { id: payload.sub }),
  ),
);

export function requireUser(req: Request, res: Response, next: NextFunction) {
  if (!req.user) {
    res.status(401).json({ error: 'login required' });
    return;
  }
  next();
}
