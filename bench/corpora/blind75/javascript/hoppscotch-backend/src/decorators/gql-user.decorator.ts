import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

export const GqlUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const { req } = GqlExecutionContext.create(context).getContext();
  return req.user;
});

export const WorkspaceHint = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const { req } = GqlExecutionContext.create(context).getContext();
  return req.workspaceHint ?? null;
});

export const RequestTag = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const req = context.switchToHttp().getRequest();
  return req.requestTag ?? 'untagged';
});

export const RESTUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const req = context.switchToHttp().getRequest();
  if (!req.user) {
    throw new UnauthorizedException('auth/not_authenticated');
  }
  return req.user;
});

export const BearerToken = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  const req = context.switchToHttp().getRequest();
  const header: string = req.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7) : null;
});
