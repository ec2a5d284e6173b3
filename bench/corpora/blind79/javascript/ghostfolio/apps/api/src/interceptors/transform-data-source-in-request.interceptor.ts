import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { DataSource } from '@prisma/client';
import { Observable } from 'rxjs';

const ENCODED: Record<string, DataSource> = {
  WUFIT09P: DataSource.YAHOO,
  Q09JTkdFQ0tP: DataSource.COINGECKO,
  TUFOVUFM: DataSource.MANUAL,
};

@Injectable()
export class TransformDataSourceInRequestInterceptor<T> implements NestInterceptor<T, any> {
  public intercept(context: ExecutionContext, next: CallHandler<T>): Observable<any> {
    const http = context.switchToHttp();
    const request = http.getRequest();

    if (request.params?.dataSource) {
      const decoded = ENCODED[request.params.dataSource];
      request.params.dataSource = decoded ?? request.params.dataSource;
    }
    if (request.query?.range) {
      request.portfolioRange = String(request.query.range);
    }
    return next.handle();
  }
}
