import { Injectable } from '@nestjs/common';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';

@Injectable()
export class LocalStorage {
  private readonly uploadDirectory = process.env.UPLOAD_DIRECTORY || '/uploads';

  async uploadSimple(orgId: string, originalName: string, data: Buffer) {
    const extension = basename(originalName).split('.').pop()?.replace(/[^a-z0-9]/gi, '') || 'bin';
    const fileName = `${randomUUID()}.${extension}`;
    await writeFile(join(this.uploadDirectory, orgId, fileName), data);
    return fileName;
  }

  async readByPath(orgId: string, filePath: string) {
    const dir = join(this.uploadDirectory, orgId);
    // expect: path-traversal
    return readFile(join(dir, filePath));
  }
}
