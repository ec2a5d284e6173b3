import { Body, Inject, Post, Provide, ALL } from '@midwayjs/core';
import { CoolController, BaseController } from '@cool-midway/core';
import { Context } from '@midwayjs/koa';
import { BaseSysLoginService } from '../../service/login';

@Provide()
@CoolController('/admin/base/open')
export class BaseOpenController extends BaseController {
  @Inject()
  baseSysLoginService: BaseSysLoginService;

  @Inject()
  ctx: Context;

  @Post('/login')
  async login(@Body(ALL) login: { username: string; password: string; captchaId: string; verifyCode: string }) {
    return this.ok(await this.baseSysLoginService.login(login, this.ctx.ip, this.ctx.clientLang));
  }
}
