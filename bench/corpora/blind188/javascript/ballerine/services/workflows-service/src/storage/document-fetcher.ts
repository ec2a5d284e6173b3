import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { createWriteStream } from 'fs';
import { mkdir } from 'fs/promises';
import path from 'path';
import { pipeline } from 'stream/promises';
import { Readable } from 'stream';

export type DocumentPage = { provider: 'http' | 'file' | 'base64'; uri: string; type?: string };

/**
 * Copies the pages of documents attached to a case into local storage,
 * so that reviewers do not load them from the client's servers.
 */
@Injectable()
export class DocumentFetcher {
  private readonly logger = new Logger(DocumentFetcher.name);
  private readonly uploadDir = process.env.UPLOAD_DIR ?? '/var/ballerine/uploads';

  async persistPage(page: DocumentPage, projectId: string): Promise<string> {
    const dir = path.join(this.uploadDir, projectId.replace(/[^\w-]/g, ''));
    await mkdir(dir, { recursive: true });
    const fileName = `${randomUUID()}${this.extensionFor(page.type)}`;
    const target = path.join(dir, fileName);

    if (page.provider === 'base64') {
      await pipeline(Readable.from(Buffer.from(page.uri, 'base64')), createWriteStream(target));
      return fileName;
    }
    if (page.provider === 'http') {
      const url = new URL(page.uri);
      if (!['http:', 'https:'].includes(url.protocol)) throw new Error('unsupported protocol');
      this.logger.log(`downloading document page from ${url.host}`);
      // expect: ssrf
      const response = await fetch(url, { redirect: 'follow' });
      if (!response.ok || !response.body) throw new Error(`download failed: ${response.status}`);
      await pipeline(Readable.fromWeb(response.body as never), createWriteStream(target));
      return fileName;
    }
    throw new Error(`provider ${page.provider} is not copied`);
  }

  private extensionFor(type?: string): string {
    switch (type) {
      case 'pdf':
      case 'application/pdf':
        return '.pdf';
      case 'png':
      case 'image/png':
        return '.png';
      default:
        return '.jpg';
    }
  }
}
