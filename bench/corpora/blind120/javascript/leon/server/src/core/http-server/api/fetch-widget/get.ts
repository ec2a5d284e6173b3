import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { SKILLS_PATH } from '@/constants';
import type { APIOptions } from '@/core/http-server/http-server';

type Query = { skill_action: string; widget_id: string };

function widgetMemoryPath(domain: string, skill: string, widgetId: string) {
  return path.join(SKILLS_PATH, domain, skill, 'memory', `${widgetId}.json`);
}

export const getFetchWidget: FastifyPluginAsync<APIOptions> = async (fastify, options) => {
  fastify.get<{ Querystring: Query }>(`/api/${options.apiVersion}/fetch-widget`, async (request, reply) => {
    const [domain, skill] = request.query.skill_action.split(':');
    const { widget_id } = request.query;
    const file = widgetMemoryPath(domain, skill, widget_id);
    // expect: path-traversal
    const content = await fs.promises.readFile(file, 'utf8');
    return reply.send({ success: true, widget: JSON.parse(content) });
  });

  fastify.get<{ Querystring: Query }>(`/api/${options.apiVersion}/fetch-widget-checked`, async (request, reply) => {
    const [domain, skill] = request.query.skill_action.split(':');
    const ids = [domain, skill, request.query.widget_id];
    if (!ids.every((v) => /^[a-z0-9_-]+$/i.test(v ?? ''))) return reply.code(400).send({ success: false });
    const content = await fs.promises.readFile(widgetMemoryPath(domain, skill, request.query.widget_id), 'utf8');
    return reply.send({ success: true, widget: JSON.parse(content) });
  });
};
