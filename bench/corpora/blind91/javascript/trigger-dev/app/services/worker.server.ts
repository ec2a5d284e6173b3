import { z } from 'zod';

import { ZodWorker } from '~/platform/zodWorker.server';
import { prisma } from '~/db.server';
import { DeliverAlertService } from '~/v3/services/alerts/deliverAlert.server';
import { logger } from './logger.server';

const workerCatalog = {
  'v3.deliverAlert': z.object({ alertId: z.string() }),
  'v3.enqueueRun': z.object({ runId: z.string(), waiting: z.number() }),
  'v3.testAlertChannel': z.object({ channelType: z.enum(['WEBHOOK', 'SLACK']), url: z.string() }),
};

export const workerQueue = new ZodWorker({
  name: 'workerQueue',
  prisma,
  schema: workerCatalog,
  tasks: {
    'v3.deliverAlert': {
      handler: async (payload) => new DeliverAlertService().call(payload.alertId),
      maxAttempts: 8,
    },
    'v3.enqueueRun': {
      handler: async (payload) => {
        logger.debug('run enqueued', { runId: payload.runId, waiting: payload.waiting });
      },
    },
    'v3.testAlertChannel': {
      handler: async (payload) => {
        const body = JSON.stringify({ test: true, type: 'alert.test' });
        // expect: ssrf
        const response = await fetch(payload.url, { body, headers: { 'content-type': 'application/json' }, method: 'POST' });
        logger.info('alert channel test', { status: response.status });
      },
      maxAttempts: 1,
    },
  },
});
