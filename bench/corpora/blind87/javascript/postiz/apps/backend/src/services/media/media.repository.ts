import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';

@Injectable()
export class MediaRepository {
  constructor(private readonly prisma: PrismaService) {}

  getMedia(orgId: string, page: number, customer?: string) {
    const customerFilter = customer ? `AND "customerId" = '${customer}'` : '';
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT * FROM "Media" WHERE "organizationId" = $1 ${customerFilter} ORDER BY "createdAt" DESC LIMIT 28 OFFSET $2`, orgId, (page - 1) * 28);
  }

  getMediaByName(orgId: string, name: string) {
    return this.prisma.$queryRaw`SELECT * FROM "Media" WHERE "organizationId" = ${orgId} AND name = ${name}`;
  }
}
