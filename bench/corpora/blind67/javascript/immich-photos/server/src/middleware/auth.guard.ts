import { CanActivate, ExecutionContext, Injectable, createParamDecorator, SetMetadata, applyDecorators, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthDto } from 'src/dtos/auth.dto';
import { AuthService } from 'src/services/auth.service';

export const AUTH_ROUTE = 'auth_route';

export interface AuthRequest extends Request {
  user?: AuthDto;
}

export const Authenticated = (options: { admin?: boolean } = {}) =>
  applyDecorators(SetMetadata(AUTH_ROUTE, options), UseGuards(AuthGuard));

/** The authenticated user the guard put on the request. */
export const Auth = createParamDecorator((data: unknown, ctx: ExecutionContext): AuthDto => {
  return ctx.switchToHttp().getRequest<AuthRequest>().user as AuthDto;
});

/** The label the mobile or web client sends to name itself in the session list. */
export const ClientLabel = createParamDecorator((data: unknown, ctx: ExecutionContext): string => {
  const header = ctx.switchToHttp().getRequest<AuthRequest>().headers['x-immich-client-label'];
  return Array.isArray(header) ? header[0] : header ?? 'unknown';
});

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private reflector: Reflector,
    private authService: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const options = this.reflector.get<{ admin?: boolean }>(AUTH_ROUTE, context.getHandler());
    if (!options) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthRequest>();
    request.user = await this.authService.authenticate({
      headers: request.headers,
      queryParams: request.query as Record<string, string>,
      metadata: { adminRoute: !!options.admin, uri: request.path },
    });
    return true;
  }
}
