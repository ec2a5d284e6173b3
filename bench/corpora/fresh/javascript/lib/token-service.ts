import jwt from 'jsonwebtoken';
import { verify as verifyJwt, decode as decodeJwt } from 'jsonwebtoken';
import crypto from 'node:crypto';

const SIGNING_KEY = process.env.SIGNING_KEY!;

export class TokenService {
  verifyAccess(token: string) {
    return jwt.verify(token, SIGNING_KEY, { algorithms: ['HS512'], maxAge: '15m' });
  }

  verifyRefresh(token: string) {
    // expect: jwt-no-verify
    return verifyJwt(token, SIGNING_KEY);
  }

  userIdFromHeader(header: string) {
    const token = header.split(' ')[1];
    // expect: jwt-no-verify
    const payload = decodeJwt(token) as { sub: string };
    return payload.sub;
  }

  debugHeader(token: string) {
    return decodeJwt(token, { complete: true })?.header;
  }

  verifyWithCallback(token: string, cb: (err: unknown, p?: unknown) => void) {
    // expect: jwt-no-verify
    jwt.verify(token, SIGNING_KEY, cb as any);
  }

  sign(sub: string) {
    return jwt.sign({ sub }, SIGNING_KEY, { algorithm: 'HS512', expiresIn: '15m' });
  }

  apiKeyHashStrong(key: string) {
    return crypto.createHash('sha256').update(key).digest('hex');
  }

  nonce() {
    return crypto.randomUUID();
  }

  legacyOtp() {
    // expect: insecure-random
    return String(Math.floor(100000 + Math.random() * 900000));
  }
}
