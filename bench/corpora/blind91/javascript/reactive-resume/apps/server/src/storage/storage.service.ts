import { Injectable, InternalServerErrorException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createId } from '@paralleldrive/cuid2';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

type UploadType = 'pictures' | 'previews' | 'resumes';

// the local-disk driver used when no S3 endpoint is configured
@Injectable()
export class StorageService {
  private readonly root: string;

  constructor(configService: ConfigService) {
    this.root = configService.get<string>('STORAGE_LOCAL_PATH') ?? '/app/storage';
  }

  async uploadObject(userId: string, type: UploadType, buffer: Buffer, filename: string = createId()) {
    const extension = type === 'resumes' ? 'pdf' : 'jpg';
    const directory = join(this.root, userId, type);
    try {
      await mkdir(directory, { recursive: true });
      await writeFile(join(directory, `${filename}.${extension}`), buffer);
    } catch {
      throw new InternalServerErrorException('There was an error while uploading the file.');
    }
    return `${userId}/${type}/${filename}.${extension}`;
  }

  async deleteObject(userId: string, type: UploadType, filename: string) {
    // expect: path-traversal
    await unlink(join(this.root, userId, type, filename));
  }
}
