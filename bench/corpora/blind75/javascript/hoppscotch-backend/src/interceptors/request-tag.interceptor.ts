import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { Observable, tap } from 'rxjs';

@Injectable()
export class RequestTagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const req = context.switchToHttp().getRequest();
      const incoming = req.headers['x-request-tag'];
      req.requestTag = typeof incoming === 'string' && incoming.length > 0 ? incoming : randomUUID();
      req.requestId = randomUUID();
    }
    return next.handle();
  }
}

@Injectable()
export class RequestTimingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const started = Date.now();
    const handler = `${context.getClass().name}.${context.getHandler().name}`;
    return next.handle().pipe(
      tap({
        next: () => this.logger.debug(`${handler} took ${Date.now() - started}ms`),
        error: (err: Error) => this.logger.warn(`${handler} failed after ${Date.now() - started}ms: ${err.name}`),
      }),
    );
  }
}
