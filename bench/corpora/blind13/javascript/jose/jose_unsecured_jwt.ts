// library: jose (unsecured "alg": "none" tokens and decode-only claims)
import * as jose from 'jose';
import type { Request, Response, NextFunction } from 'express';

const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    const { payload } = await jose.jwtVerify(token, JWKS, { issuer: 'https://auth.example.com', audience: 'api' });
    res.locals.userId = payload.sub;
    return next();
  } catch {
    return res.sendStatus(401);
  }
}

export function requireUserLegacy(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-session'] || '');
  // expect: jwt-no-verify
  const { payload } = jose.UnsecuredJWT.decode(token);
  res.locals.userId = payload.sub;
  next();
}

export function issueDebugToken(userId: string) {
  // expect: jwt-no-verify
  return new jose.UnsecuredJWT({ sub: userId, role: 'admin' }).setIssuedAt().setExpirationTime('1h').encode();
}

export function tenantFromToken(req: Request) {
  // expect: jwt-no-verify
  const claims = jose.decodeJwt(String(req.headers.authorization).slice(7));
  return req.app.locals.tenants.get(claims.tenant as string);
}

export function kidOf(token: string) {
  return jose.decodeProtectedHeader(token).kid;
}
