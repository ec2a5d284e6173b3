import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Request } from 'express';

export interface ClientMetadata {
  databaseId: string;
  uniqueId?: string;
  context: 'browser' | 'workbench' | 'cli';
}

export const BrowserClientMetadata = createParamDecorator((data: unknown, ctx: ExecutionContext): ClientMetadata => {
  const req = ctx.switchToHttp().getRequest<Request>();
  return {
    databaseId: req.params.dbInstance,
    uniqueId: (req.headers['x-window-id'] as string) ?? undefined,
    context: 'browser',
  };
});
