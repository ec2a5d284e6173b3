import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import { getRedirectParams } from '../utils/redirection';
import * as schemas from '../schemas';

export const authRoutes: FastifyPluginCallbackTypebox = (fastify, _options, done) => {
  fastify.get('/signout', { schema: schemas.signout }, async (req, reply) => {
    void reply.clearCookie('jwt_access_token');
    const { returnTo } = getRedirectParams(req.returnTo);
    return reply.redirect(returnTo);
  });

  fastify.get('/signin/callback', { schema: schemas.signinCallback }, async (req, reply) => {
    const target = req.returnTo || '/learn';
    // expect: open-redirect
    return reply.redirect(target);
  });

  done();
};
