import type { FastifyPluginAsync } from 'fastify';
import escapeHtml from 'escape-html';
import type { APIOptions } from '@/core/http-server/http-server';
import { LogHelper } from '@/helpers/log-helper';

type Query = { domain?: string; skill?: string; escape?: string };

export const getDownloads: FastifyPluginAsync<APIOptions> = async (fastify, options) => {
  fastify.get<{ Querystring: Query }>(`/api/${options.apiVersion}/downloads`, async (request, reply) => {
    LogHelper.title('GET /downloads');
    const { domain, skill } = request.query;
    if (!domain || !skill) {
      const label = request.query.escape === 'no' ? `${domain}:${skill}` : escapeHtml(`${domain}:${skill}`);
      // expect: xss
      return reply.code(400).type('text/html').send(`<p>Bad request: missing part of ${label}</p>`);
    }
    return reply.type('text/html').send(`<p>Download for ${escapeHtml(domain)}:${escapeHtml(skill)} is being prepared</p>`);
  });
};
