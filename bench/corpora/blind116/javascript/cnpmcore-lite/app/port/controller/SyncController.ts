import { HTTPController, HTTPMethod, HTTPMethodEnum, HTTPParam, HTTPBody, Inject, Context, EggContext } from '@eggjs/tegg';
import { AbstractController } from './AbstractController';
import { TaskService } from '../../core/service/TaskService';

interface SyncBody {
  tips?: string;
  skipDependencies?: boolean;
}

@HTTPController()
export class SyncController extends AbstractController {
  @Inject()
  private taskService: TaskService;

  @HTTPMethod({ path: '/-/package/:fullname/syncs', method: HTTPMethodEnum.PUT })
  async createSyncTask(@Context() ctx: EggContext, @HTTPParam() fullname: string, @HTTPBody() body: SyncBody) {
    const registry = this.sourceRegistry(ctx);
    const task = await this.taskService.createSyncPackageTask(fullname, { registry, tips: body.tips ?? '' });
    return { ok: true, id: task.taskId, type: task.type };
  }
}
