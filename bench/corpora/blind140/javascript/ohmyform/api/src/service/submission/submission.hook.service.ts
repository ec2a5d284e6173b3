import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { lastValueFrom } from 'rxjs';
import { SubmissionEntity } from '../../entity/submission.entity';

@Injectable()
export class SubmissionHookService {
  constructor(
    private readonly httpService: HttpService,
    private readonly configService: ConfigService,
  ) {}

  async process(submission: SubmissionEntity): Promise<void> {
    const trusted = (this.configService.get<string>('HOOK_ALLOWED_HOSTS') ?? '').split(',').filter(Boolean);
    for (const hook of submission.form.hooks) {
      if (!hook.enabled) {
        continue;
      }
      const body = { formId: submission.form.id, submissionId: submission.id, fields: submission.fields };
      if (trusted.length > 0) {
        if (trusted.includes(new URL(hook.url).hostname)) {
          await lastValueFrom(this.httpService.post(hook.url, body));
        }
        continue;
      }
      // expect: ssrf
      await lastValueFrom(this.httpService.post(hook.url, body, { timeout: 10000 }));
    }
  }
}
