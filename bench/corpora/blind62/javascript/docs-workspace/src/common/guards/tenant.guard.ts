import { CanActivate, createParamDecorator, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';

// Checks that the caller belongs to the tenant named in X-Tenant-Id and records it on the request.
@Injectable()
export class TenantGuard implements CanActivate {
  constructor(private readonly prisma: PrismaService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest();
    const tenantId = req.headers['x-tenant-id'];
    const user = req.user;
    if (!user || !tenantId) throw new ForbiddenException();
    const membership = await this.prisma.membership.findFirst({ where: { userId: user.sub, tenantId: String(tenantId) } });
    if (!membership) throw new ForbiddenException();
    req.tenant = { id: tenantId, role: membership.role };
    return true;
  }
}

export interface TenantRef {
  id: string;
  role: string;
}

export const CurrentTenant = createParamDecorator((field: keyof TenantRef | undefined, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest();
  const tenant: TenantRef = request.tenant;
  return field ? tenant?.[field] : tenant;
});
