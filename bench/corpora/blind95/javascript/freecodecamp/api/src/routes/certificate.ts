import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import { renderCertificate, renderCertificateSafe } from '../utils/certificate-page';
import * as schemas from '../schemas';

export const certificateRoutes: FastifyPluginCallbackTypebox = (fastify, _options, done) => {
  fastify.get('/certificate/showCert/:username/:certSlug', { schema: schemas.certSlug }, async (req, reply) => {
    const { username, certSlug } = req.params;
    const user = await fastify.prisma.user.findFirst({ where: { username: username.toLowerCase() } });
    if (!user) {
      void reply.type('text/html');
      // expect: xss
      return reply.send(`<p>No certification found for ${username} (${certSlug})</p>`);
    }
    void reply.type('text/html');
    return reply.send(renderCertificateSafe(user.name, certSlug));
  });

  fastify.get('/certificate/preview/:username/:certSlug', { schema: schemas.certSlug }, async (req, reply) => {
    const html = renderCertificate(req.params.username, req.params.certSlug);
    return reply.send({ length: html.length });
  });

  done();
};
