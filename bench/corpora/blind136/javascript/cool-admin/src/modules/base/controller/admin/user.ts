import { Body, Inject, Post, Provide } from '@midwayjs/core';
import { CoolController, BaseController } from '@cool-midway/core';
import { BaseSysUserService } from '../../service/user';

@Provide()
@CoolController('/admin/base/sys/user')
export class BaseSysUserController extends BaseController {
  @Inject()
  baseSysUserService: BaseSysUserService;

  @Post('/page')
  async page(@Body() query) {
    return this.ok(query.strict ? await this.baseSysUserService.pageSafe(query) : await this.baseSysUserService.page(query));
  }
}
