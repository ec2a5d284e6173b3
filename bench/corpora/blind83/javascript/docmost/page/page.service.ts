import { Injectable } from '@nestjs/common';
import { PageRepo } from '../repos/page.repo';
import { SearchPageDto } from './dto/page.dto';

@Injectable()
export class PageService {
  constructor(private readonly pageRepo: PageRepo) {}

  async findById(pageId: string) {
    return this.pageRepo.findById(pageId);
  }

  async search(dto: SearchPageDto, workspaceId: string) {
    const opts = { spaceId: dto.spaceId, workspaceId, sortBy: dto.sortBy ?? 'updatedAt' };
    if (dto.query.startsWith('#')) {
      return this.pageRepo.searchByTag(dto.query.slice(1), opts);
    }
    return this.pageRepo.searchTitle(dto.query, opts);
  }
}
