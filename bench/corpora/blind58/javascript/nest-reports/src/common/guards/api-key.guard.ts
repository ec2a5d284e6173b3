import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { timingSafeEqual } from 'node:crypto';

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(private readonly config: ConfigService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const supplied = Buffer.from(String(request.headers['x-api-key'] ?? ''));
    const expected = Buffer.from(this.config.getOrThrow<string>('REPORTS_API_KEY'));
    if (supplied.length !== expected.length || !timingSafeEqual(supplied, expected)) {
      throw new UnauthorizedException();
    }
    request.user = {
      id: 'api-client',
      displayName: request.headers['x-client-name'] ?? 'api client',
      role: 'reporter',
    };
    return true;
  }
}
