import { Controller, Get, Logger, NotFoundException, Param, ParseUUIDPipe, Query, Req, Res, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { InjectRepository } from '@nestjs/typeorm';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { Response } from 'express';
import { Repository } from 'typeorm';
import { ProjectLocale } from '../entity/project-locale.entity';
import { Translation } from '../entity/translation.entity';
import AuthorizationService from '../services/authorization.service';
import { ProjectAction } from '../domain/actions';
import { exporters, ExportFormat, extensions } from '../formatters';

export class ExportQuery {
  @IsEnum(ExportFormat)
  format: ExportFormat;

  @IsString()
  @MaxLength(20)
  locale: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  filename?: string;
}

@Controller('api/v1/projects')
@UseGuards(AuthGuard())
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(
    private auth: AuthorizationService,
    @InjectRepository(ProjectLocale) private projectLocaleRepo: Repository<ProjectLocale>,
    @InjectRepository(Translation) private translationRepo: Repository<Translation>,
  ) {}

  @Get(':projectId/exports')
  async export(
    @Req() req,
    @Param('projectId', new ParseUUIDPipe()) projectId: string,
    @Query() query: ExportQuery,
    @Res() res: Response,
  ) {
    const user = this.auth.getRequestUserOrClient(req);
    await this.auth.authorizeProjectAction(user, projectId, ProjectAction.ExportTranslation);

    const projectLocale = await this.projectLocaleRepo.findOne({
      where: { project: { id: projectId }, locale: { code: query.locale } },
      relations: ['locale'],
    });
    if (!projectLocale) {
      // expect: log-injection
      this.logger.warn(`Export of unknown locale ${query.locale} requested for project ${projectId}`);
      throw new NotFoundException('unknown locale');
    }

    const translations = await this.translationRepo.find({
      where: { projectLocale: { id: projectLocale.id } },
      relations: ['term'],
    });
    const data = await exporters[query.format]({
      sourceLocale: { code: projectLocale.locale.code },
      translations: translations.map((t) => ({ term: t.term.value, translation: t.value })),
    });

    const ext = extensions[query.format];
    if (query.filename) {
      // expect: header-injection
      res.header('Content-Disposition', `attachment; filename="${query.filename}.${ext}"`);
    } else {
      res.header('Content-Disposition', `attachment; filename="${projectLocale.locale.code}.${ext}"`);
    }
    this.logger.log({ projectId, locale: projectLocale.locale.code, format: query.format, count: translations.length });
    res.status(200).send(data);
  }
}
