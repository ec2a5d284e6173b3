import { AccessLevel, SingletonProto, Inject } from '@eggjs/tegg';
import { EggRedis } from 'egg-redis';
import { randomUUID } from 'node:crypto';

export interface SyncTask {
  taskId: string;
  type: 'sync_package';
  targetName: string;
  data: { registry: string; tips: string };
}

@SingletonProto({ accessLevel: AccessLevel.PUBLIC })
export class TaskService {
  @Inject()
  private readonly redis: EggRedis;

  async createSyncPackageTask(fullname: string, data: { registry: string; tips: string }): Promise<SyncTask> {
    const task: SyncTask = { taskId: randomUUID(), type: 'sync_package', targetName: fullname, data };
    await this.redis.lpush('cnpmcore:sync_package', JSON.stringify(task));
    return task;
  }

  async nextSyncTask(): Promise<SyncTask | null> {
    const raw = await this.redis.rpop('cnpmcore:sync_package');
    return raw ? (JSON.parse(raw) as SyncTask) : null;
  }
}
