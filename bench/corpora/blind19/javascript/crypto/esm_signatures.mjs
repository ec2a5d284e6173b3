// crypto (ESM named imports): sha1 / md5 for signing webhook payloads and download links
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const SECRET = process.env.WEBHOOK_SECRET;

export function signPayloadLegacy(body) {
  // expect: weak-hash
  return createHash('sha1').update(SECRET + body).digest('hex');
}

export function signDownloadLink(path, expires) {
  // expect: weak-hash
  const sig = createHmac('md5', SECRET).update(`${path}:${expires}`).digest('hex');
  return `${path}?expires=${expires}&sig=${sig}`;
}

export function signPayload(body) {
  return createHmac('sha256', SECRET).update(body).digest('hex');
}

export function verifyPayload(body, signature) {
  const expected = Buffer.from(signPayload(body), 'hex');
  const given = Buffer.from(String(signature), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function cacheKey(url) {
  return createHash('sha1').update(url).digest('hex').slice(0, 16);
}
