// library: jose (HMAC keys written into the source)
import { SignJWT, jwtVerify } from 'jose';

// expect: hardcoded-secret
const SESSION_KEY = new TextEncoder().encode('k3ep-th1s-s3cret-9f2c1e7b4a');
const envKey = new TextEncoder().encode(process.env.SESSION_JWT_KEY);

export async function issueSession(userId: string) {
  // expect: hardcoded-secret
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(SESSION_KEY);
}

export async function readSession(token: string) {
  // expect: hardcoded-secret
  const { payload } = await jwtVerify(token, SESSION_KEY, { algorithms: ['HS256'] });
  return payload.sub;
}

export async function issueSessionV2(userId: string) {
  return new SignJWT({ sub: userId }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('2h').sign(envKey);
}

export async function readSessionV2(token: string) {
  const { payload } = await jwtVerify(token, envKey, { algorithms: ['HS256'] });
  return payload.sub;
}

export async function issueInvite(email: string) {
  const key = new TextEncoder().encode(process.env.INVITE_KEY ?? '');
  if (key.length < 32) throw new Error('INVITE_KEY too short');
  return new SignJWT({ email }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('7d').sign(key);
}
