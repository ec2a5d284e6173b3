import { json } from '@remix-run/server-runtime';
import { z } from 'zod';

import { createActionApiRoute } from '~/services/routeBuilders/apiBuilder.server';
import { TriggerTaskService } from '~/v3/services/triggerTask.server';

const ParamsSchema = z.object({ taskId: z.string() });

const TriggerBody = z.object({
  options: z
    .object({
      concurrencyKey: z.string().optional(),
      idempotencyKey: z.string().optional(),
      queue: z.object({ name: z.string() }).optional(),
      tags: z.array(z.string()).optional(),
    })
    .optional(),
  payload: z.any(),
});

export const action = createActionApiRoute({ body: TriggerBody, params: ParamsSchema }, async ({ authentication, body, params }) => {
  const service = new TriggerTaskService();
  const run = await service.call(params.taskId, authentication.environment, body);
  if (!run) return json({ error: 'Task not found' }, { status: 404 });
  return json({ id: run.friendlyId }, { status: 200 });
});
