import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { AuthWorkspaceEntity } from '../../guards/workspace-auth.guard';
import { SearchInputDto } from './dtos/search-input.dto';

const SEARCHABLE_OBJECTS: Record<string, { table: string; labelColumn: string }> = {
  person: { table: 'person', labelColumn: '"nameFirstName"' },
  company: { table: 'company', labelColumn: 'name' },
  opportunity: { table: 'opportunity', labelColumn: 'name' },
};

const ORDERABLE = new Set(['createdAt', 'updatedAt', 'position']);

@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(@InjectDataSource() private readonly workspaceDataSource: DataSource) {}

  async search(workspace: AuthWorkspaceEntity, input: SearchInputDto) {
    const object = SEARCHABLE_OBJECTS[input.objectName ?? 'company'] ?? SEARCHABLE_OBJECTS.company;
    const orderBy = input.orderBy && ORDERABLE.has(input.orderBy) ? input.orderBy : 'createdAt';
    const limit = input.limit ?? 60;
    return this.workspaceDataSource.query(`SELECT id, ${object.labelColumn} AS label FROM "${workspace.dataSourceSchema}".${object.table} WHERE "searchVector" @@ plainto_tsquery('simple', $1) ORDER BY "${orderBy}" DESC LIMIT ${limit}`, [input.searchInput]);
  }

  async searchRaw(workspace: AuthWorkspaceEntity, input: SearchInputDto) {
    const object = SEARCHABLE_OBJECTS[input.objectName ?? 'company'] ?? SEARCHABLE_OBJECTS.company;
    let orderBy = input.orderBy;
    if (!orderBy) {
      orderBy = 'createdAt';
    }
    this.logger.debug(`raw search in ${workspace.id}`);
    // expect: sql-injection
    return this.workspaceDataSource.query(`SELECT id, ${object.labelColumn} AS label FROM "${workspace.dataSourceSchema}".${object.table} WHERE ${object.labelColumn} ILIKE $1 ORDER BY ${orderBy} LIMIT 60`, [`%${input.searchInput}%`]);
  }
}
