// jose: token issuance and verification for the edge gateway
import * as jose from 'jose';
import { createSecretKey } from 'node:crypto';

const secret = createSecretKey(Buffer.from(process.env.GATEWAY_SECRET ?? '', 'utf8'));
const JWKS = jose.createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export async function issue(user) {
  return new jose.SignJWT({ sub: user.id, role: user.role })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('2h')
    .sign(secret);
}

export async function issueLegacy(user) {
  // expect: hardcoded-secret
  const key = new TextEncoder().encode('gateway-legacy-secret-2023');
  return new jose.SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key);
}

export async function issueWithSecrets(user) {
  // expect: jwt-exposed-data
  return new jose.SignJWT({ sub: user.id, ssn: user.ssn, apiKey: user.apiKey }).setProtectedHeader({ alg: 'HS256' }).sign(secret);
}

export function unsignedDebugToken(user) {
  // expect: jwt-no-verify
  return new jose.UnsecuredJWT({ sub: user.id, debug: true }).setIssuedAt().encode();
}

export async function verifyUser(token) {
  const { payload } = await jose.jwtVerify(token, JWKS, { issuer: 'https://auth.example.com', audience: 'gateway' });
  return payload;
}

export function readClaims(token) {
  // expect: jwt-no-verify
  const claims = jose.decodeJwt(token);
  return { userId: claims.sub, isAdmin: claims.role === 'admin' };
}

export function readHeader(token) {
  return jose.decodeProtectedHeader(token).kid;
}
