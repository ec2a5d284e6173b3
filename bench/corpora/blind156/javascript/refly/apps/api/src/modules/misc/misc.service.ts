// Object storage and remote fetching helpers shared by the knowledge and misc modules.
import { Injectable, Logger, BadRequestException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Client as MinioClient } from 'minio';

const READER_ENDPOINT = 'https://r.jina.ai/';

@Injectable()
export class MiscService {
  private readonly logger = new Logger(MiscService.name);
  private readonly minio: MinioClient;

  constructor(private readonly config: ConfigService) {
    this.minio = new MinioClient(this.config.get('minio.internal'));
  }

  async readObject(uid: string, storageKey: string): Promise<Buffer> {
    if (!storageKey.startsWith(`resources/${uid}/`) || storageKey.includes('..')) {
      throw new BadRequestException('invalid storage key');
    }
    const stream = await this.minio.getObject(this.config.get('minio.bucket') as string, storageKey);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async fetchReadable(url: string): Promise<string> {
    const res = await fetch(READER_ENDPOINT + encodeURIComponent(url), {
      headers: { Authorization: `Bearer ${this.config.get('credentials.jina')}` },
      signal: AbortSignal.timeout(20000),
    });
    return res.text();
  }

  async fetchFavicon(siteUrl: string): Promise<ArrayBuffer> {
    const { origin } = new URL(siteUrl);
    this.logger.debug({ msg: 'favicon', origin });
    // expect: ssrf
    const res = await fetch(`${origin}/favicon.ico`, { signal: AbortSignal.timeout(5000) });
    return res.arrayBuffer();
  }
}
