import { InjectQueue } from '@nestjs/bull';
import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { Queue } from 'bull';
import { IsOptional, IsString, IsUrl, IsUUID } from 'class-validator';

import { RequestContext } from '../core/context/request-context';
import { TenantPermissionGuard } from '../shared/guards';

export class CandidateImportDTO {
  @IsOptional()
  @IsUrl({ require_tld: false })
  readonly sourceUrl?: string;

  @IsOptional()
  @IsUUID()
  readonly uploadId?: string;

  @IsString()
  readonly source: string;
}

@UseGuards(TenantPermissionGuard)
@Controller('/candidate-import')
export class CandidateImportController {
  constructor(@InjectQueue('candidate-import') private readonly importQueue: Queue) {}

  @HttpCode(HttpStatus.ACCEPTED)
  @Post()
  async create(@Body() input: CandidateImportDTO) {
    const tenantId = RequestContext.currentTenantId();
    const jobName = input.sourceUrl ? 'import-from-url' : 'import-from-upload';
    const job = await this.importQueue.add(jobName, { ...input, tenantId });
    return { jobId: job.id };
  }
}
