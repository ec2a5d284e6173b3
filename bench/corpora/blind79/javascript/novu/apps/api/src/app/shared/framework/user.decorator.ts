import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import jwt from 'jsonwebtoken';

export interface UserSessionData {
  _id: string;
  organizationId: string;
  environmentId: string;
  roles: string[];
  email?: string;
}

export const UserSession = createParamDecorator((data: keyof UserSessionData | undefined, ctx: ExecutionContext) => {
  let req;
  if (ctx.getType<'graphql' | 'http'>() === 'graphql') {
    req = ctx.getArgs()[2].req;
  } else {
    req = ctx.switchToHttp().getRequest();
  }

  if (req.user && req.user._id) {
    return data ? req.user[data] : req.user;
  }

  if (req.headers && req.headers.authorization) {
    const tokenParts = req.headers.authorization.split(' ');
    if (tokenParts[0] !== 'Bearer') throw new UnauthorizedException('bearer_token_required');
    const user = jwt.verify(tokenParts[1], process.env.JWT_SECRET as string, { algorithms: ['HS256'] }) as UserSessionData;
    return data ? user[data] : user;
  }

  return null;
});
