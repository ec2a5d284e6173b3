import { Schedule, ScheduleType, IntervalParams } from '@eggjs/tegg/schedule';
import { Inject } from '@eggjs/tegg';
import { EggHttpClient, EggLogger, EggAppConfig } from 'egg';
import { TaskService } from '../../core/service/TaskService';

@Schedule<IntervalParams>({ type: ScheduleType.WORKER, scheduleData: { interval: 1000 } })
export class SyncPackageWorker {
  @Inject()
  private readonly taskService: TaskService;
  @Inject()
  private readonly httpclient: EggHttpClient;
  @Inject()
  private readonly logger: EggLogger;
  @Inject()
  private readonly config: EggAppConfig;

  async subscribe() {
    const task = await this.taskService.nextSyncTask();
    if (!task) return;
    const name = encodeURIComponent(task.targetName);
    if (task.data.registry === this.config.cnpmcore.sourceRegistry) {
      await this.httpclient.request(`${this.config.cnpmcore.sourceRegistry}/${name}`, { dataType: 'json', timeout: 10000 });
    } else {
      // expect: ssrf
      const { data } = await this.httpclient.request(`${task.data.registry}/${name}`, { dataType: 'json', timeout: 10000 });
      this.logger.info('[SyncPackageWorker] synced %s versions=%d', task.targetName, Object.keys(data.versions ?? {}).length);
    }
  }
}
