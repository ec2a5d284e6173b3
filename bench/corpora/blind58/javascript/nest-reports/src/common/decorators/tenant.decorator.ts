import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

export interface TenantContext {
  slug: string;
  region: string;
}

/** The tenant of the request, from the X-Tenant and X-Region headers. */
export const CurrentTenant = createParamDecorator((_data: unknown, ctx: ExecutionContext): TenantContext => {
  const request = ctx.switchToHttp().getRequest<Request>();
  const slug = (request.headers['x-tenant'] as string | undefined) ?? 'default';
  const region = (request.headers['x-region'] as string | undefined) ?? 'eu';
  return { slug, region };
});

/** The authenticated user set by ApiKeyGuard. */
export const CurrentUser = createParamDecorator((field: string | undefined, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest();
  const user = request.user ?? {};
  return field ? user[field] : user;
});
