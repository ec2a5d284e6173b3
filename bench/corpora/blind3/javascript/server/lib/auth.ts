import jwt, { JwtPayload } from 'jsonwebtoken';
import * as jose from 'jose';
import { Request, Response, NextFunction } from 'express';
import { ExtractJwt, Strategy as JwtStrategy } from 'passport-jwt';
import passport from 'passport';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY ?? '';
const JWKS = jose.createRemoteJWKSet(new URL('https://auth.acme.example/.well-known/jwks.json'));

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  try {
    // expect: jwt-no-verify
    const claims = jwt.verify(token, PUBLIC_KEY) as JwtPayload;
    res.locals.user = claims.sub;
    next();
  } catch {
    res.status(401).end();
  }
}

export function requireUserStrict(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  try {
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'acme-api' }) as JwtPayload;
    res.locals.user = claims.sub;
    next();
  } catch {
    res.status(401).end();
  }
}

export function userFromCookie(req: Request): string | undefined {
  // expect: jwt-no-verify
  const claims = jwt.decode(req.cookies.session) as JwtPayload | null;
  return claims?.sub;
}

export async function verifyWithJose(token: string) {
  const { payload } = await jose.jwtVerify(token, JWKS, { issuer: 'https://auth.acme.example', audience: 'acme-api' });
  return payload;
}

export function peekIssuer(token: string): string | undefined {
  // Only used to pick the JWKS to verify against; the token is verified right after.
  return jose.decodeJwt(token).iss;
}

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: PUBLIC_KEY,
  algorithms: ['RS256'],
  // expect: jwt-no-verify
  ignoreExpiration: true,
}, (payload, done) => done(null, payload)));

export function unsignedDevToken(sub: string): string {
  // expect: jwt-alg-none
  return jwt.sign({ sub }, '', { algorithm: 'none' });
}
