import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';

@Injectable()
export class SearchAuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('SearchAudit');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const started = Date.now();
    const sessionId = req.headers['x-search-session'] ?? 'none';
    return next.handle().pipe(
      tap(() => {
        const took = Date.now() - started;
        // expect: log-injection
        this.logger.log(`search session=${sessionId} q=${req.query.q} took=${took}ms`);
      }),
    );
  }
}
