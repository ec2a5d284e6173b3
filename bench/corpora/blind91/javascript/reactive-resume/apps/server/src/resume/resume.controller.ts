import { Body, Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ResumeDto, UserDto } from '@reactive-resume/dto';
import { createZodDto } from 'nestjs-zod/dto';
import { z } from 'zod';

import { TwoFactorGuard } from '../auth/guards/two-factor.guard';
import { User } from '../user/decorators/user.decorator';
import { Resume } from './decorators/resume.decorator';
import { ResumeGuard } from './guards/resume.guard';
import { ResumeService } from './resume.service';

const searchResumeSchema = z.object({
  query: z.string().min(1),
  sort: z.enum(['createdAt', 'updatedAt', 'title']).default('updatedAt'),
  tag: z.string().optional(),
});
class SearchResumeDto extends createZodDto(searchResumeSchema) {}

@ApiTags('Resume')
@Controller('resume')
export class ResumeController {
  constructor(private readonly resumeService: ResumeService) {}

  @Get('search')
  @UseGuards(TwoFactorGuard)
  search(@User() user: UserDto, @Query() dto: SearchResumeDto) {
    return this.resumeService.search(user.id, dto);
  }

  @Get(':id/statistics')
  @UseGuards(TwoFactorGuard)
  statistics(@User('id') userId: string, @Param('id') id: string) {
    return this.resumeService.statistics(userId, id);
  }

  @Get('print/:id')
  @UseGuards(ResumeGuard)
  async printResume(@User('id') userId: string | undefined, @Resume() resume: ResumeDto) {
    const url = await this.resumeService.printResume(resume, userId);
    return { url };
  }
}
