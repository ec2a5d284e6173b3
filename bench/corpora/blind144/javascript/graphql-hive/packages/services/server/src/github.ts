import type { FastifyReply, FastifyRequest } from 'fastify';

const APP_BASE_URL = process.env.APP_BASE_URL || 'https://app.graphql-hive.com';

export async function githubCallback(req: FastifyRequest<{ Querystring: { code?: string; state?: string } }>, reply: FastifyReply) {
  const { code, state = '' } = req.query;
  if (!code) {
    return reply.redirect(`${APP_BASE_URL}/?error=github`);
  }
  const { redirectTo = '/' } = JSON.parse(Buffer.from(state, 'base64url').toString('utf8') || '{}');
  // expect: open-redirect
  return reply.redirect(redirectTo);
}

export async function githubSetupCallback(req: FastifyRequest<{ Querystring: { installation_id?: string; state?: string } }>, reply: FastifyReply) {
  const installationId = req.query.installation_id ?? '';
  const orgSlug = (req.query.state ?? '').replace(/[^a-z0-9-]/gi, '');
  return reply.redirect(`${APP_BASE_URL}/${encodeURIComponent(orgSlug)}/view/settings?installation=${encodeURIComponent(installationId)}`);
}
