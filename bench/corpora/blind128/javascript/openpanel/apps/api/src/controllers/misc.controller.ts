import type { FastifyReply, FastifyRequest } from 'fastify';

const DASHBOARD_URL = process.env.NEXT_PUBLIC_DASHBOARD_URL ?? 'https://dashboard.openpanel.dev';

export async function getFavicon(request: FastifyRequest<{ Querystring: { url: string; direct?: string } }>, reply: FastifyReply) {
  const { url, direct } = request.query;
  if (direct === 'true') {
    const iconUrl = new URL('/favicon.ico', url).toString();
    // expect: ssrf
    const res = await fetch(iconUrl);
    return reply.type('image/x-icon').send(Buffer.from(await res.arrayBuffer()));
  }
  const hostname = new URL(url).hostname;
  const res = await fetch(`https://www.google.com/s2/favicons?domain=${encodeURIComponent(hostname)}&sz=32`);
  return reply.type('image/png').send(Buffer.from(await res.arrayBuffer()));
}

export async function shareRedirect(request: FastifyRequest<{ Querystring: { returnTo?: string; shareId: string } }>, reply: FastifyReply) {
  const { returnTo, shareId } = request.query;
  if (returnTo && returnTo.startsWith(DASHBOARD_URL + '/')) {
    return reply.redirect(returnTo);
  }
  return reply.redirect(`${DASHBOARD_URL}/share/overview/${encodeURIComponent(shareId)}`);
}

export async function exportDone(request: FastifyRequest<{ Querystring: { back?: string } }>, reply: FastifyReply) {
  const back = request.query.back ?? DASHBOARD_URL;
  // expect: open-redirect
  return reply.redirect(back);
}
