import { Type } from '@sinclair/typebox';
import { FastifyPluginAsync } from 'fastify';
import { request as undiciRequest } from 'undici';

const UNSPLASH_HOSTS = new Set(['images.unsplash.com', 'plus.unsplash.com']);
const MAX_BYTES = 5 * 1024 * 1024;

const backgroundRoute: FastifyPluginAsync = async fastify => {
  /** Proxies a custom frame background so that the exported PNG is not tainted by CORS. */
  fastify.get<{ Querystring: { url: string } }>(
    '/background',
    {
      preValidation: (req, reply) => fastify.authorize(req, reply),
      schema: { querystring: Type.Object({ url: Type.String({ format: 'uri', maxLength: 2048 }) }) },
    },
    async (request, reply) => {
      const target = new URL(request.query.url);
      if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        return reply.badRequest('Unsupported protocol');
      }
      // expect: ssrf
      const upstream = await undiciRequest(target, { method: 'GET', maxRedirections: 3 });
      const contentType = String(upstream.headers['content-type'] ?? 'application/octet-stream');
      if (!contentType.startsWith('image/')) {
        return reply.badRequest('Not an image');
      }
      const body = Buffer.from(await upstream.body.arrayBuffer());
      if (body.byteLength > MAX_BYTES) {
        return reply.code(413).send({ message: 'Image too large' });
      }
      return reply.header('content-type', contentType).header('cache-control', 'private, max-age=600').send(body);
    },
  );

  /** Unsplash photos picked in the background panel. */
  fastify.get<{ Querystring: { src: string; w?: number } }>(
    '/unsplash',
    {
      schema: {
        querystring: Type.Object({
          src: Type.String({ maxLength: 2048 }),
          w: Type.Optional(Type.Integer({ minimum: 64, maximum: 2400 })),
        }),
      },
    },
    async (request, reply) => {
      const target = new URL(request.query.src);
      if (target.protocol !== 'https:' || !UNSPLASH_HOSTS.has(target.hostname)) {
        return reply.badRequest('Only Unsplash images are proxied');
      }
      if (request.query.w) {
        target.searchParams.set('w', String(request.query.w));
      }
      const upstream = await undiciRequest(target, { method: 'GET' });
      const contentType = String(upstream.headers['content-type'] ?? 'image/jpeg');
      return reply.header('content-type', contentType).send(upstream.body);
    },
  );

  fastify.get('/presets/backgrounds', async () => {
    return fastify.presetService.listBackgrounds();
  });
};

export default backgroundRoute;
