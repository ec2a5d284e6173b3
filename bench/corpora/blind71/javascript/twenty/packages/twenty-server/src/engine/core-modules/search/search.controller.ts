import { Controller, Get, Query, UseGuards, ValidationPipe } from '@nestjs/common';

import { AuthWorkspace, AuthWorkspaceEntity, WorkspaceAuthGuard } from '../../guards/workspace-auth.guard';
import { SearchInputDto } from './dtos/search-input.dto';
import { SearchService } from './search.service';

@Controller('rest/search')
@UseGuards(WorkspaceAuthGuard)
export class SearchController {
  constructor(private readonly searchService: SearchService) {}

  @Get()
  async search(
    @AuthWorkspace() workspace: AuthWorkspaceEntity,
    @Query(new ValidationPipe({ transform: true })) input: SearchInputDto,
  ) {
    return { data: await this.searchService.search(workspace, input) };
  }

  @Get('raw')
  async searchRaw(
    @AuthWorkspace() workspace: AuthWorkspaceEntity,
    @Query(new ValidationPipe({ transform: true })) input: SearchInputDto,
  ) {
    return { data: await this.searchService.searchRaw(workspace, input) };
  }
}
