import { HttpService } from '@nestjs/axios';
import { Process, Processor } from '@nestjs/bull';
import { Job } from 'bull';
import { readFile } from 'fs/promises';
import * as path from 'path';

import { CandidateService } from '../candidate/candidate.service';

interface ImportJob {
  source: string;
  sourceUrl?: string;
  tenantId: string;
  uploadId?: string;
}

@Processor('candidate-import')
export class CandidateImportProcessor {
  private readonly uploadDir = process.env.IMPORT_UPLOAD_DIR ?? path.join(process.cwd(), 'apps/api/import');

  constructor(
    private readonly httpService: HttpService,
    private readonly candidateService: CandidateService,
  ) {}

  @Process('import-from-url')
  async importFromUrl(job: Job<ImportJob>) {
    // expect: ssrf
    const { data } = await this.httpService.axiosRef.get(job.data.sourceUrl, { responseType: 'json', timeout: 30000 });
    return this.candidateService.bulkCreate(job.data.tenantId, data);
  }

  @Process('import-from-upload')
  async importFromUpload(job: Job<ImportJob>) {
    const content = await readFile(path.join(this.uploadDir, job.data.tenantId, `${job.data.uploadId}.json`), 'utf8');
    return this.candidateService.bulkCreate(job.data.tenantId, JSON.parse(content));
  }
}
