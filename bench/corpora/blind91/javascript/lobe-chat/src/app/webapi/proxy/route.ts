import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

import { checkAuth } from '@/server/middleware/checkAuth';

const isPublicAddress = async (hostname: string) => {
  const { address } = await lookup(hostname);
  return ipaddr.parse(address).range() === 'unicast';
};

// used by the client to fetch a URL that CORS blocks (link previews, remote images)
export const POST = checkAuth(async (req) => {
  const url = new URL(await req.text());

  if (!['http:', 'https:'].includes(url.protocol)) return new Response('bad protocol', { status: 400 });
  if (!(await isPublicAddress(url.hostname))) return new Response('forbidden', { status: 403 });

  const res = await fetch(url.toString(), { redirect: 'manual' });
  return new Response(res.body, { headers: { 'content-type': res.headers.get('content-type') ?? 'text/plain' }, status: res.status });
});
