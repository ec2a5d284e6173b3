import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    user: { id: string; username: string } | null;
    returnTo?: string;
  }
}

const auth: FastifyPluginCallback = (fastify, _options, done) => {
  fastify.decorateRequest('user', null);
  fastify.decorateRequest('returnTo', undefined);

  fastify.addHook('onRequest', async (req: FastifyRequest) => {
    const token = req.cookies.jwt_access_token;
    if (token) {
      const { userId } = fastify.jwt.verify<{ userId: string }>(token);
      req.user = await fastify.prisma.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
    }
    const query = req.query as { returnTo?: string };
    req.returnTo = query.returnTo ?? req.headers.referer;
  });

  done();
};

export default fp(auth, { name: 'auth' });
