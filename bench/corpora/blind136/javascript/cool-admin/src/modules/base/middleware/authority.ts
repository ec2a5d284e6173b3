import { Middleware, Config } from '@midwayjs/core';
import { Context, NextFunction } from '@midwayjs/koa';
import * as jwt from 'jsonwebtoken';

@Middleware()
export class BaseAuthorityMiddleware {
  @Config('module.base')
  jwtConfig: { jwt: { secret: string } };

  resolve() {
    return async (ctx: Context, next: NextFunction) => {
      const token = ctx.get('Authorization');
      if (ctx.url.startsWith('/admin/') && !ctx.url.startsWith('/admin/base/open/')) {
        ctx.admin = jwt.verify(token, this.jwtConfig.jwt.secret, { algorithms: ['HS256'] });
      }
      ctx.clientLang = ctx.get('language') || 'zh-cn';
      await next();
    };
  }
}
