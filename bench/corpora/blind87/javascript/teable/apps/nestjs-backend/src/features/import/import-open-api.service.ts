import { BadRequestException, Injectable } from '@nestjs/common';
import axios from 'axios';

export type ImportAnalyzeRo = { attachmentUrl: string; fileType: 'csv' | 'excel' };

@Injectable()
export class ImportOpenApiService {
  private readonly attachmentsOrigin = process.env.PUBLIC_ORIGIN ?? 'https://app.teable.io';

  async analyze({ attachmentUrl, fileType }: ImportAnalyzeRo) {
    // expect: ssrf
    const response = await axios.get(attachmentUrl, { responseType: 'stream', timeout: 30000 });
    return { fileType, stream: response.data };
  }

  async analyzeOwnAttachment({ attachmentUrl, fileType }: ImportAnalyzeRo) {
    const url = new URL(attachmentUrl, this.attachmentsOrigin);
    if (url.origin !== this.attachmentsOrigin || !url.pathname.startsWith('/api/attachments/read/')) {
      throw new BadRequestException('only attachments of this instance can be imported');
    }
    const response = await axios.get(url.toString(), { responseType: 'stream', timeout: 30000 });
    return { fileType, stream: response.data };
  }
}
