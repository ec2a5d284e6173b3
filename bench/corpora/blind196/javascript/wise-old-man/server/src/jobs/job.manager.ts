import { Queue, Worker, Job } from 'bullmq';
import logger from '../util/logging';
import redisConfig from '../config/redis.config';
import { JobType, JobPayloadMap } from './job.types';
import { UpdatePlayerJob } from './handlers/UpdatePlayerJob';
import { DispatchCompetitionWebhookJob } from './handlers/DispatchCompetitionWebhookJob';

const HANDLERS = {
  [JobType.UPDATE_PLAYER]: new UpdatePlayerJob(),
  [JobType.DISPATCH_COMPETITION_WEBHOOK]: new DispatchCompetitionWebhookJob(),
};

const QUEUE_OPTIONS = {
  [JobType.UPDATE_PLAYER]: { concurrency: 4, attempts: 3 },
  [JobType.DISPATCH_COMPETITION_WEBHOOK]: { concurrency: 2, attempts: 5 },
};

class JobManager {
  private queues = new Map<JobType, Queue>();
  private workers: Worker[] = [];

  async add<T extends JobType>(type: T, payload: JobPayloadMap[T]) {
    const queue = this.queues.get(type);
    if (!queue) {
      throw new Error(`Queue ${type} not initialised`);
    }
    const { attempts } = QUEUE_OPTIONS[type];
    await queue.add(type, payload, { attempts, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: true });
  }

  init() {
    for (const type of Object.values(JobType)) {
      this.queues.set(type, new Queue(type, { connection: redisConfig, prefix: 'wom' }));
      const handler = HANDLERS[type];
      const worker = new Worker(type, (job: Job) => handler.execute(job as never), {
        connection: redisConfig,
        prefix: 'wom',
        concurrency: QUEUE_OPTIONS[type].concurrency,
      });
      worker.on('failed', (job, err) => logger.error(`Job ${type}:${job?.id} failed`, err));
      this.workers.push(worker);
    }
  }

  async shutdown() {
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}

export const jobManager = new JobManager();
