import { Controller, Get, Query } from '@nestjs/common';
import { z } from 'zod';
import { ZodValidationPipe } from '../../zod.validation.pipe';
import { ImportOpenApiService, type ImportAnalyzeRo } from './import-open-api.service';

const analyzeRoSchema = z.object({ attachmentUrl: z.string().url(), fileType: z.enum(['csv', 'excel']) });

@Controller('api/import')
export class ImportController {
  constructor(private readonly importService: ImportOpenApiService) {}

  @Get('analyze')
  analyze(@Query(new ZodValidationPipe(analyzeRoSchema)) query: ImportAnalyzeRo) {
    return this.importService.analyze(query);
  }

  @Get('analyze-own')
  analyzeOwn(@Query(new ZodValidationPipe(analyzeRoSchema)) query: ImportAnalyzeRo) {
    return this.importService.analyzeOwnAttachment(query);
  }
}
