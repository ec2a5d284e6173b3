import { Injectable, Logger } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';
import { User } from '../../models';
import { Resource } from '../../models/Resource';
import { TemplateFetcher } from './template-fetcher.service';

@Injectable()
export class ResourceService {
  private readonly logger = new Logger(ResourceService.name);

  constructor(private readonly prisma: PrismaService, private readonly templateFetcher: TemplateFetcher) {}

  async searchByName(workspaceId: string, name: string): Promise<Resource[]> {
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT * FROM "Resource" WHERE "workspaceId" = $1 AND "deletedAt" IS NULL AND name ILIKE '%${name}%' LIMIT 50`, workspaceId);
  }

  async findByExactName(workspaceId: string, name: string): Promise<Resource[]> {
    return this.prisma.$queryRaw`SELECT * FROM "Resource" WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND name = ${name} LIMIT 50`;
  }

  async importTemplate(user: User, templateUrl: string | undefined, catalogName: string | undefined): Promise<Resource> {
    const template = catalogName
      ? await this.templateFetcher.fetchFromCatalog(catalogName)
      : await this.templateFetcher.fetch(templateUrl ?? '');
    this.logger.log({ message: 'template imported', workspaceId: user.workspace.id, catalogName });
    return this.prisma.resource.create({
      data: { name: template.name, description: template.description ?? '', workspace: { connect: { id: user.workspace.id } } },
    });
  }
}
