import type { FastifyReply, FastifyRequest } from 'fastify';
import { eventsQueue } from '@openpanel/queue';
import { createLogger } from '@openpanel/logger';

const logger = createLogger({ name: 'track' });

type TrackBody = {
  type: 'track' | 'identify' | 'alias';
  payload: { name?: string; profileId?: string; properties?: Record<string, unknown> };
};

export async function handler(request: FastifyRequest<{ Body: TrackBody }>, reply: FastifyReply) {
  const projectId = request.client?.projectId as string;
  const { type, payload } = request.body;
  const ua = request.headers['user-agent'] ?? 'unknown';

  switch (type) {
    case 'identify':
      await eventsQueue.add('event', {
        type: 'identifyProfile',
        payload: { projectId, profileId: payload.profileId ?? '', properties: payload.properties ?? {} },
      });
      break;
    case 'track':
      await eventsQueue.add('event', {
        type: 'incomingEvent',
        payload: { projectId, event: { name: payload.name ?? 'unnamed', properties: payload.properties ?? {} }, headers: { ua } },
      });
      break;
    default:
      logger.rejected(type, ua);
  }
  reply.status(202).send('ok');
}
