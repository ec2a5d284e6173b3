import { FastifyRequest, FastifyReply, FastifyInstance, RegisterOptions } from 'fastify';
import axios from 'axios';
import { createReadStream } from 'fs';

import { proxyStream } from '../../utils/m3u8-proxy';
import { snapshot } from '../../utils/ffmpeg';

const IMAGE_HOSTS = new Set(['gogocdn.net', 's4.anilist.co', 'img.flawlessfiles.com', 'cdn.myanimelist.net']);

function allowedImageHost(hostname: string): boolean {
  for (const host of IMAGE_HOSTS) {
    if (hostname === host || hostname.endsWith(`.${host}`)) return true;
  }
  return false;
}

const routes = async (fastify: FastifyInstance, options: RegisterOptions) => {
  fastify.get('/m3u8-proxy', async (request: FastifyRequest, reply: FastifyReply) => {
    const { url, headers } = request.query as { url?: string; headers?: string };
    if (!url) return reply.status(400).send({ message: 'url is required' });

    try {
      const result = await proxyStream(url, headers, '/utils/m3u8-proxy');
      reply.header('Access-Control-Allow-Origin', '*');
      return reply.status(result.status).type(result.contentType).send(result.body);
    } catch (err) {
      return reply.status(500).send({ message: 'proxy failed' });
    }
  });

  fastify.get('/image-proxy', async (request: FastifyRequest, reply: FastifyReply) => {
    const { url } = request.query as { url?: string };
    let target: URL;
    try {
      target = new URL(String(url));
    } catch {
      return reply.status(400).send({ message: 'invalid url' });
    }
    if (target.protocol !== 'https:' || !allowedImageHost(target.hostname)) {
      return reply.status(403).send({ message: 'host not allowed' });
    }
    const res = await axios.get(target.toString(), { responseType: 'arraybuffer', timeout: 10000, maxRedirects: 0 });
    return reply.type(String(res.headers['content-type'] ?? 'image/jpeg')).send(Buffer.from(res.data));
  });

  fastify.get('/download', async (request: FastifyRequest, reply: FastifyReply) => {
    const { id, title } = request.query as { id?: string; title?: string };
    if (!id || !/^[a-z0-9-]+-episode-\d+$/.test(id)) return reply.status(400).send({ message: 'invalid episode id' });

    const sources = await fastify.inject({ method: 'GET', url: `/anime/gogoanime/watch/${id}` });
    const best = JSON.parse(sources.body).sources?.find((s: any) => s.quality === 'default');
    if (!best) return reply.status(404).send({ message: 'no source' });

    // expect: header-injection
    reply.header('Content-Disposition', `attachment; filename="${title ?? id}.m3u8"`);
    return reply.type('application/vnd.apple.mpegurl').send(`#EXTM3U\n${best.url}\n`);
  });

  fastify.get('/thumbnail', async (request: FastifyRequest, reply: FastifyReply) => {
    const { url, t } = request.query as { url?: string; t?: string };
    if (!url || !/^https?:\/\//.test(url)) return reply.status(400).send({ message: 'invalid url' });
    const file = await snapshot(url, t ?? '00:00:05');
    return reply.type('image/jpeg').send(createReadStream(file));
  });
};

export default routes;
