import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';

import { PrismaService } from '../../prisma/prisma.service';

@Injectable()
export class GqlAuthGuard implements CanActivate {
  constructor(private readonly jwt: JwtService, private readonly prisma: PrismaService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const ctx = GqlExecutionContext.create(context).getContext();
    const req = ctx.req ?? ctx.connectionParams?.req;
    const cookieToken = req?.cookies?.access_token;
    const headerToken = (req?.headers?.authorization ?? '').replace(/^Bearer /, '');
    const token = cookieToken || headerToken;
    if (!token) return false;

    try {
      const payload = await this.jwt.verifyAsync<{ sub: string }>(token);
      const user = await this.prisma.user.findUnique({ where: { uid: payload.sub } });
      if (!user) return false;
      req.user = user;
      req.workspaceHint = req.headers['x-hoppscotch-workspace'] ?? null;
      return true;
    } catch {
      return false;
    }
  }
}
