import { Controller, Get, Query } from '@nestjs/common';
import { RulesService } from './rules.service';

@Controller('api/rules')
export class RulesController {
  constructor(private readonly rulesService: RulesService) {}

  @Get()
  getRuleGroups(@Query('activeOnly') activeOnly: string, @Query('libraryId') libraryId: string, @Query('typeId') typeId?: string) {
    if (typeId !== undefined) {
      return this.rulesService.getRuleGroupsByType(Number(typeId));
    }
    return this.rulesService.getRuleGroups(activeOnly === 'true', libraryId);
  }
}
