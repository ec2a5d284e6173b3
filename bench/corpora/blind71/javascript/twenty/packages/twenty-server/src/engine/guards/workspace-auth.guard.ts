import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type AuthWorkspaceEntity = {
  id: string;
  displayName: string;
  dataSourceSchema: string;
};

@Injectable()
export class WorkspaceAuthGuard implements CanActivate {
  constructor(@InjectDataSource('core') private readonly coreDataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey !== 'string') {
      return false;
    }
    const rows = await this.coreDataSource.query('SELECT w.id, w."displayName", ds.schema AS "dataSourceSchema" FROM core."apiKey" k JOIN core.workspace w ON w.id = k."workspaceId" JOIN core."dataSource" ds ON ds."workspaceId" = w.id WHERE k.token = $1', [apiKey]);
    if (!rows.length) {
      return false;
    }
    request.workspace = rows[0] as AuthWorkspaceEntity;
    // clients may pin a locale for labels; kept on the request for the services
    request.locale = request.headers['x-locale'] ?? 'en';
    return true;
  }
}

export const AuthWorkspace = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest();
  return request.workspace;
});

export const AuthLocale = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest();
  return request.locale;
});
