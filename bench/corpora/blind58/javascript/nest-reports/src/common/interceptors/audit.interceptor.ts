import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest();
    const started = Date.now();
    const client = request.user?.displayName;
    return next.handle().pipe(
      tap(() => {
        // expect: log-injection
        this.logger.log(`${request.method} ${request.route?.path} by ${client} in ${Date.now() - started}ms`);
        this.logger.debug(`status=${context.switchToHttp().getResponse().statusCode}`);
      }),
    );
  }
}
