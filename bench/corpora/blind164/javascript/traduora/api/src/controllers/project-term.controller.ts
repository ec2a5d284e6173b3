import { Controller, Get, Param, ParseUUIDPipe, Query, Req, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiOAuth2, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import AuthorizationService from '../services/authorization.service';
import TermService from '../services/term.service';
import { ProjectAction } from '../domain/actions';

export class TermListQuery {
  @IsOptional()
  @IsIn(['value', 'date', 'translated'])
  sort?: 'value' | 'date' | 'translated';

  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

@Controller('api/v1/projects')
@UseGuards(AuthGuard())
@ApiOAuth2([])
@ApiTags('Terms')
export default class ProjectTermController {
  constructor(private auth: AuthorizationService, private termService: TermService) {}

  @Get(':projectId/terms')
  async find(@Req() req, @Param('projectId', new ParseUUIDPipe()) projectId: string, @Query() query: TermListQuery) {
    const user = this.auth.getRequestUserOrClient(req);
    await this.auth.authorizeProjectAction(user, projectId, ProjectAction.ViewTerm);
    const terms = await this.termService.list(projectId, query.sort, query.order);
    return { data: terms };
  }

  @Get(':projectId/terms/search')
  async search(@Req() req, @Param('projectId', new ParseUUIDPipe()) projectId: string, @Query('q') q: string) {
    const user = this.auth.getRequestUserOrClient(req);
    await this.auth.authorizeProjectAction(user, projectId, ProjectAction.ViewTerm);
    return { data: await this.termService.search(projectId, q ?? '') };
  }

  @Get(':projectId/labels/:labelId/terms')
  async byLabel(
    @Req() req,
    @Param('projectId', new ParseUUIDPipe()) projectId: string,
    @Param('labelId', new ParseUUIDPipe()) labelId: string,
  ) {
    const user = this.auth.getRequestUserOrClient(req);
    await this.auth.authorizeProjectAction(user, projectId, ProjectAction.ViewTerm);
    return { data: await this.termService.byLabel(projectId, labelId) };
  }

  @Get(':projectId/terms/stats')
  async stats(@Req() req, @Param('projectId', new ParseUUIDPipe()) projectId: string) {
    const user = this.auth.getRequestUserOrClient(req);
    await this.auth.authorizeProjectAction(user, projectId, ProjectAction.ViewTerm);
    return { data: await this.termService.countTranslated(projectId) };
  }
}
