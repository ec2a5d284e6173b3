import fp from 'fastify-plugin';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { FastifyInstance, FastifyRequest } from 'fastify';

export interface RemoteUser {
  name: string | undefined;
  groups: string[];
  realGroups: string[];
  error?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    userRemote: RemoteUser;
    clientRegion: string;
  }
}

const anonymous = (): RemoteUser => ({ name: undefined, groups: ['$all', '$anonymous'], realGroups: [] });

function verifyToken(token: string, secret: string): RemoteUser | null {
  const [payload, sig] = token.split('.');
  if (!payload || !sig) return null;
  const expected = createHmac('sha256', secret).update(payload).digest('base64url');
  if (expected.length !== sig.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(sig))) {
    return null;
  }
  const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return { name: body.name, groups: body.groups ?? [], realGroups: body.groups ?? [] };
}

async function authPlugin(fastify: FastifyInstance, opts: { secret: string }) {
  fastify.decorateRequest('userRemote', null);
  fastify.decorateRequest('clientRegion', '');

  fastify.addHook('onRequest', async (request: FastifyRequest) => {
    const header = request.headers.authorization ?? '';
    request.userRemote = anonymous();
    if (header.toLowerCase().startsWith('bearer ')) {
      const user = verifyToken(header.slice(7), opts.secret);
      if (user) request.userRemote = user;
    }
    // npm clients send this when a mirror is chosen; kept raw for the audit log
    request.clientRegion = (request.headers['npm-region'] as string) || 'default';
  });
}

export default fp(authPlugin, { name: 'auth' });
