import { createParamDecorator, ExecutionContext } from '@nestjs/common';

export type Organization = { id: string; name: string; apiKey: string };

export const GetOrgFromRequest = createParamDecorator((_data: unknown, ctx: ExecutionContext): Organization => {
  const request = ctx.switchToHttp().getRequest();
  return request.org;
});

export const GetCustomerFromRequest = createParamDecorator((_data: unknown, ctx: ExecutionContext): string | undefined => {
  const request = ctx.switchToHttp().getRequest();
  return request.headers['x-customer'] ?? request.query.customer;
});
