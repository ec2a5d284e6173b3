import { Get, Inject, Provide, Query } from '@midwayjs/core';
import { CoolController, BaseController } from '@cool-midway/core';
import { Context } from '@midwayjs/koa';
import { SpaceInfoService } from '../service/info';

@Provide()
@CoolController('/admin/space/info')
export class SpaceInfoController extends BaseController {
  @Inject()
  spaceInfoService: SpaceInfoService;

  @Inject()
  ctx: Context;

  @Get('/download')
  async download(@Query('key') key: string, @Query('id') id: number) {
    this.ctx.body = id ? await this.spaceInfoService.openById(Number(id)) : this.spaceInfoService.openByKey(key);
  }
}
