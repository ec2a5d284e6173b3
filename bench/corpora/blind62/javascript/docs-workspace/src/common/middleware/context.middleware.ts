import { Injectable, NestMiddleware } from '@nestjs/common';
import { Request, Response, NextFunction } from 'express';
import { RequestContext } from '../context/request-context';

@Injectable()
export class ContextMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction) {
    const tenantId = String(req.headers['x-tenant-id'] ?? '');
    const userId = (req as any).user?.sub ?? 'anonymous';
    const clientVersion = String(req.headers['x-client-version'] ?? 'unknown');
    RequestContext.run({ tenantId, userId, clientVersion }, () => next());
  }
}
