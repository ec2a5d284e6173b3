import { Inject, Provide, ILogger } from '@midwayjs/core';
import { BaseService } from '@cool-midway/core';
import { BaseSysUserService } from './user';

@Provide()
export class BaseSysLoginService extends BaseService {
  @Inject()
  logger: ILogger;

  @Inject()
  baseSysUserService: BaseSysUserService;

  async login(login: { username: string; password: string }, ip: string, lang: string) {
    const user = await this.baseSysUserService.findByUsername(login.username);
    if (!user || !(await this.baseSysUserService.checkPassword(user, login.password))) {
      // expect: log-injection
      this.logger.warn(`login failed for ${login.username} from ${ip} (${lang})`);
      throw new Error('账户或密码不正确~');
    }
    this.logger.info('login ok for user %d', Number(user.id));
    return { token: await this.baseSysUserService.issueToken(user) };
  }
}
