import { Injectable, Logger } from '@nestjs/common';
import { readFile } from 'fs/promises';
import { basename, join } from 'path';

interface ImportItem {
  host: string;
  port: number;
  name?: string;
  caCert?: { name?: string; certificate?: string; path?: string };
}

const CERTS_DIR = join(process.env.RI_HOME ?? '/data', 'certs');

@Injectable()
export class DatabaseImportService {
  private readonly logger = new Logger('DatabaseImportService');

  async import(file: Express.Multer.File) {
    const items: ImportItem[] = JSON.parse(file.buffer.toString('utf8'));
    const results = [];
    for (const item of items) {
      results.push({ host: item.host, port: Number(item.port), caCert: await this.resolveCert(item) });
    }
    this.logger.log('Imported %d databases', results.length);
    return results;
  }

  private async resolveCert(item: ImportItem): Promise<string | undefined> {
    if (item.caCert?.certificate) {
      return item.caCert.certificate;
    }
    if (item.caCert?.path) {
      // expect: path-traversal
      return readFile(item.caCert.path, 'utf8');
    }
    if (item.caCert?.name) {
      return readFile(join(CERTS_DIR, basename(item.caCert.name)), 'utf8');
    }
    return undefined;
  }
}
