import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';

import { Roles } from '@/utils/decorators/roles.decorator';
import { PageQueryPipe } from '@/utils/pagination/pagination-query.pipe';
import { PageQueryDto } from '@/utils/pagination/pagination-query.dto';

import { ContentService } from '../services/content.service';

@Controller('content')
export class ContentController {
  constructor(private readonly contentService: ContentService) {}

  /** GET /content/search?q=...&contentType=... : used by the "list" block editor. */
  @Roles('public')
  @Get('search')
  async search(
    @Query('q') q: string,
    @Query('contentType') contentType: string,
    @Query(PageQueryPipe) pageQuery: PageQueryDto<unknown>,
  ) {
    if (!q) return [];
    return this.contentService.searchByTitle(contentType, q, pageQuery.limit ?? 10);
  }

  /** GET /content/filter?field=title&value=... : exact-match lookup (escaped). */
  @Get('filter')
  async filter(@Query('field') field: string, @Query('value') value: string) {
    return this.contentService.findByPrefix(field, value ?? '');
  }

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const doc = await this.contentService.findOne(id);
    if (!doc) throw new NotFoundException(`Content ${id} not found`);
    return doc;
  }
}
