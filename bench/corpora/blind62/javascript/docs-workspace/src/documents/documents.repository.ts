import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';

export interface DocumentRow {
  id: string;
  name: string;
  folder: string;
  updated_at: Date;
}

@Injectable()
export class DocumentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  listInFolder(tenantId: string, folder: string) {
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe<DocumentRow[]>(`SELECT id, name, folder, updated_at FROM documents WHERE tenant_id = $1 AND folder = '${folder}' ORDER BY name`, tenantId);
  }

  listInFolderSafe(tenantId: string, folder: string) {
    return this.prisma.$queryRaw<DocumentRow[]>`SELECT id, name, folder, updated_at FROM documents WHERE tenant_id = ${tenantId} AND folder = ${folder} ORDER BY name`;
  }

  search(tenantId: string, terms: string[]) {
    let where = 'tenant_id = $1';
    terms.forEach((term) => {
      where += ` AND name ILIKE '%${term}%'`;
    });
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe<DocumentRow[]>(`SELECT id, name, folder, updated_at FROM documents WHERE ${where} LIMIT 50`, tenantId);
  }

  searchSafe(tenantId: string, terms: string[]) {
    const params: string[] = [tenantId];
    let where = 'tenant_id = $1';
    for (const term of terms) {
      params.push(`%${term}%`);
      where += ` AND name ILIKE $${params.length}`;
    }
    return this.prisma.$queryRawUnsafe<DocumentRow[]>(`SELECT id, name, folder, updated_at FROM documents WHERE ${where} LIMIT 50`, ...params);
  }

  create(tenantId: string, name: string, folder: string, storageKey: string) {
    return this.prisma.document.create({ data: { tenantId, name, folder, storageKey } });
  }
}
