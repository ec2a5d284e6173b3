// Knowledge base endpoints (NestJS): the JWT guard puts the user on the request, @LoginedUser reads it.
import { Body, Controller, Get, Post, Query, UseGuards } from '@nestjs/common';
import { JwtAuthGuard } from '../auth/guard/jwt-auth.guard';
import { LoginedUser } from '../../utils/decorators/user.decorator';
import { KnowledgeService } from './knowledge.service';
import { buildSuccessResponse } from '../../utils/response';
import type { User } from '@prisma/client';

@Controller('v1/knowledge')
@UseGuards(JwtAuthGuard)
export class KnowledgeController {
  constructor(private readonly knowledgeService: KnowledgeService) {}

  @Get('resource/list')
  async listResources(
    @LoginedUser() user: User,
    @Query('keyword') keyword = '',
    @Query('order') order = 'creationDesc',
    @Query('page') page = '1',
  ) {
    const resources = await this.knowledgeService.listResources(user, { keyword, order, page: Number(page) || 1 });
    return buildSuccessResponse(resources);
  }

  @Get('resource/search')
  async searchResources(@LoginedUser() user: User, @Query('q') q = '', @Query('mode') mode = 'prefix') {
    const resources = await this.knowledgeService.searchResources(user, q, mode);
    return buildSuccessResponse(resources);
  }

  @Post('resource/import')
  async importResource(@LoginedUser() user: User, @Body() body: { url?: string; fileName?: string; storageKey?: string }) {
    const job = await this.knowledgeService.enqueueImport(user, body);
    return buildSuccessResponse(job);
  }
}
