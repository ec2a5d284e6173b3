import { expressjwt } from 'express-jwt';
import * as jose from 'jose';
import jwksRsa from 'jwks-rsa';

export const requireAuth = expressjwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://auth.example.com/.well-known/jwks.json', cache: true }) as any,
  algorithms: ['RS256'],
  audience: 'api',
});

export const requireInternal = expressjwt({
  // expect: hardcoded-secret
  secret: 'internal-service-secret',
  algorithms: ['HS256'],
});

const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export async function verify(token: string) {
  const { payload } = await jose.jwtVerify(token, JWKS, { audience: 'api' });
  return payload;
}

export function userIdFromToken(token: string) {
  // expect: jwt-no-verify
  const claims = jose.decodeJwt(token);
  return claims.sub;
}

export async function signInternal(sub: string) {
  // expect: hardcoded-secret
  const secret = new TextEncoder().encode('jose-internal-signing-secret');
  return new jose.SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(secret);
}
