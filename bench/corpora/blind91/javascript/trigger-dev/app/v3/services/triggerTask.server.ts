import { Prisma } from '@trigger.dev/database';

import { prisma } from '~/db.server';
import { workerQueue } from '~/services/worker.server';

type TriggerBody = {
  options?: { concurrencyKey?: string; idempotencyKey?: string; queue?: { name: string }; tags?: string[] };
  payload: unknown;
};

export class TriggerTaskService {
  async call(taskId: string, environment: { id: string; projectId: string }, body: TriggerBody) {
    const idempotencyKey = body.options?.idempotencyKey;

    if (idempotencyKey) {
      const existing = await prisma.$queryRaw<{ friendlyId: string }[]>`SELECT "friendlyId" FROM "TaskRun" WHERE "runtimeEnvironmentId" = ${environment.id} AND "idempotencyKey" = ${idempotencyKey} LIMIT 1`;
      if (existing.length) return existing[0];
    }

    const queueName = body.options?.queue?.name ?? `task/${taskId}`;
    const tagFilter = body.options?.tags?.length ? `AND "runTags" && ARRAY['${body.options.tags.join("','")}']` : '';
    // expect: sql-injection
    const [{ count }] = await prisma.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) FROM "TaskRun" WHERE "queue" = '${queueName}' AND "status" = 'EXECUTING' ${tagFilter}`);

    const run = await prisma.taskRun.create({
      data: {
        concurrencyKey: body.options?.concurrencyKey,
        friendlyId: `run_${crypto.randomUUID()}`,
        idempotencyKey,
        payload: JSON.stringify(body.payload ?? null),
        queue: queueName,
        runtimeEnvironmentId: environment.id,
        taskIdentifier: taskId,
      },
    });

    await workerQueue.enqueue('v3.enqueueRun', { runId: run.id, waiting: Number(count) });
    return run;
  }
}

export const countRunsForTask = (taskId: string) =>
  prisma.$queryRaw(Prisma.sql`SELECT count(*) FROM "TaskRun" WHERE "taskIdentifier" = ${taskId}`);
