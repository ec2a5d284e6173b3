/** KV operations and the shared-secret check. */
const KEY_PATTERN = /^\/[\w./-]{1,128}$/;

function timingSafeEqual(a, b) {
  const enc = new TextEncoder();
  const x = enc.encode(a);
  const y = enc.encode(b);
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

export function isAuthorized(request, env) {
  const header = request.headers.get('Authorization') || '';
  return timingSafeEqual(header, env.WORKERLINKS_SECRET);
}

export async function getLink(env, key) {
  if (!KEY_PATTERN.test(key)) return null;
  return env.kv.get(key);
}

export async function putLink(env, key, target, shorturl) {
  let parsed;
  try {
    parsed = new URL(target);
  } catch (e) {
    return { code: '400 Bad Request', message: 'Invalid URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { code: '400 Bad Request', message: 'Only http(s) links' };
  }
  if (!KEY_PATTERN.test(key)) {
    return { code: '400 Bad Request', message: 'Invalid key' };
  }
  await env.kv.put(key, parsed.href);
  return { code: '200 OK', message: 'Link created', shorturl, longurl: parsed.href };
}

export async function deleteLink(env, key) {
  await env.kv.delete(key);
  return { code: '200 OK', message: 'Link deleted', key };
}

export async function listLinks(env, prefix) {
  const list = await env.kv.list({ prefix: prefix.startsWith('/') ? prefix : '/' + prefix, limit: 1000 });
  const entries = [];
  for (const { name } of list.keys) {
    entries.push({ key: name, target: await env.kv.get(name) });
  }
  return entries;
}
