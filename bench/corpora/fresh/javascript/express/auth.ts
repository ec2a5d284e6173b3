import { Request, Response, NextFunction, Router } from 'express';
import jwt, { JwtPayload } from 'jsonwebtoken';
import * as jsonwebtoken from 'jsonwebtoken';
import crypto from 'crypto';

const SECRET = process.env.JWT_SECRET as string;
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY as string;

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    // expect: jwt-no-verify
    const payload = jwt.verify(token, SECRET) as JwtPayload;
    (req as any).user = payload.sub;
    next();
  } catch {
    res.status(401).end();
  }
}

export function requireUserStrict(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    const payload = jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'auth.example.com' }) as JwtPayload;
    (req as any).user = payload.sub;
    next();
  } catch {
    res.status(401).end();
  }
}

export function requireService(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers['x-service-token'] || '');
  // expect: jwt-no-verify
  const claims = jsonwebtoken.decode(token) as JwtPayload | null;
  if (claims && claims.role === 'service') return next();
  res.status(403).end();
}

export function verifyRs(token: string) {
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'] });
}

export function verifyLoose(token: string) {
  // expect: jwt-no-verify
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256', 'HS256', 'none'] });
}

export function issueGuestToken(userId: string) {
  // expect: jwt-no-verify
  return jwt.sign({ sub: userId, guest: true }, '', { algorithm: 'none' });
}

export function issueToken(userId: string) {
  return jwt.sign({ sub: userId }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

export function hashPassword(password: string): string {
  // expect: weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

export function hashPasswordStrong(password: string, salt: Buffer): Buffer {
  return crypto.scryptSync(password, salt, 64);
}

export function etagFor(body: string): string {
  return '"' + crypto.createHash('md5').update(body).digest('base64') + '"';
}

export function signWebhook(body: string, key: string): string {
  return crypto.createHmac('sha1', key).update(body).digest('hex');
}

export function encryptLegacy(text: string, password: string): string {
  // expect: weak-cipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

export function encryptDes(text: string, key: Buffer, iv: Buffer): string {
  // expect: weak-cipher
  const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

export function encryptEcb(text: string, key: Buffer): string {
  // expect: weak-cipher
  const c = crypto.createCipheriv('aes-128-ecb', key, null);
  return c.update(text, 'utf8', 'hex') + c.final('hex');
}

export function encrypt(text: string, key: Buffer) {
  const iv = crypto.randomBytes(12);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([c.update(text, 'utf8'), c.final()]);
  return { iv, data, tag: c.getAuthTag() };
}

export function weakKeyPair() {
  // expect: weak-key
  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
}

export function keyPair() {
  return crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
}

export const router = Router();
router.get('/me', requireUserStrict, (req, res) => res.json({ user: (req as any).user }));
