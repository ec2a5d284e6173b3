import { Injectable, Logger } from '@nestjs/common';
import { DocumentsRepository } from './documents.repository';
import { StorageService } from './storage.service';
import { CreateDocumentDto } from './dto/create-document.dto';
import { RequestContext } from '../common/context/request-context';

@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    private readonly repo: DocumentsRepository,
    private readonly storage: StorageService,
  ) {}

  list(tenantId: string, folder = '/') {
    return this.repo.listInFolder(tenantId, folder);
  }

  listSafe(tenantId: string, folder = '/') {
    return this.repo.listInFolderSafe(tenantId, folder);
  }

  search(tenantId: string, q: string) {
    const terms = q.split(/\s+/).filter(Boolean).slice(0, 5);
    return this.repo.search(tenantId, terms);
  }

  searchSafe(tenantId: string, q: string) {
    return this.repo.searchSafe(tenantId, q.split(/\s+/).filter(Boolean).slice(0, 5));
  }

  async create(tenantId: string, dto: CreateDocumentDto) {
    const { clientVersion } = RequestContext.get();
    this.logger.log(`create document in tenant ${tenantId}`);
    const folder = dto.folder ?? 'inbox';
    const key = await this.storage.write(folder, dto.name, dto.content);
    // expect: log-injection
    this.logger.log(`stored ${key} (client ${clientVersion})`);
    return this.repo.create(tenantId, dto.name, folder, key);
  }

  async createSafe(tenantId: string, dto: CreateDocumentDto) {
    const key = await this.storage.writeSafe(tenantId, dto.folder ?? 'inbox', dto.name, dto.content);
    return this.repo.create(tenantId, dto.name, dto.folder ?? 'inbox', key);
  }
}
