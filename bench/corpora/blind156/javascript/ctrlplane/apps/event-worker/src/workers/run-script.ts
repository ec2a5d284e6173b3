// Event worker for the run-script channel: renders the agent's script template with the job variables.
import { execFile, exec } from 'node:child_process';
import { promisify } from 'node:util';
import { Worker } from 'bullmq';
import { eq, takeFirst } from '@ctrlplane/db';
import { db } from '@ctrlplane/db/client';
import * as schema from '@ctrlplane/db/schema';
import { logger } from '@ctrlplane/logger';
import { Channel, bullmqRedis } from '@ctrlplane/events';

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);
const log = logger.child({ worker: 'run-script' });

type RunScriptJob = { jobAgentId: string; variables: Record<string, string>; userId: string };

export const runScriptWorker = new Worker<RunScriptJob>(
  Channel.RunScript,
  async (job) => {
    const agent = await db.select().from(schema.jobAgent).where(eq(schema.jobAgent.id, job.data.jobAgentId)).then(takeFirst);
    const { namespace = 'default', release = '' } = job.data.variables;

    if (agent.type === 'kubernetes-job') {
      const { stdout } = await execFileAsync('kubectl', ['-n', namespace, 'rollout', 'status', `deployment/${release}`], { timeout: 60000 });
      log.info('rollout status', { agent: agent.id, bytes: stdout.length });
      return;
    }

    if (agent.type === 'helm-script') {
      // expect: command-injection
      const { stdout } = await execAsync(`helm upgrade --install ${release} ${agent.config.chart} --namespace ${namespace}`, { timeout: 300000 });
      log.info('helm finished', { agent: agent.id, bytes: stdout.length });
    }
  },
  { connection: bullmqRedis, concurrency: 2 },
);
