import { Body, Controller, Get, Param, Put, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';
import { JwtAccessTokenGuard } from '../auth/guards';
import { ProjectService } from './project.service';

@Controller(['project', 'v1/project'])
@UseGuards(JwtAccessTokenGuard)
export class ProjectController {
  constructor(private readonly projectService: ProjectService) {}

  @Put(':id')
  async update(@Param('id') id: string, @Body() body: { name?: string; websiteUrl?: string }) {
    await this.projectService.update(id, body);
    return this.projectService.findOne(id);
  }

  @Get(':id/favicon')
  async favicon(@Param('id') id: string, @Res() res: Response) {
    const data = await this.projectService.fetchFavicon(id);
    res.type('image/x-icon').send(data);
  }

  @Get(':id/favicon-proxy')
  async faviconProxy(@Param('id') id: string, @Res() res: Response) {
    res.type('image/x-icon').send(await this.projectService.fetchFaviconViaService(id));
  }
}
