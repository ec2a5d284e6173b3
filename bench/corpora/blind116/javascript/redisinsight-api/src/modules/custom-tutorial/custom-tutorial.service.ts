import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { CustomTutorialFsProvider } from './providers/custom-tutorial.fs.provider';
import { UploadCustomTutorialDto } from './dto/upload.custom-tutorial.dto';

@Injectable()
export class CustomTutorialService {
  private readonly logger = new Logger('CustomTutorialService');

  constructor(private readonly fsProvider: CustomTutorialFsProvider) {}

  async create(dto: UploadCustomTutorialDto) {
    const id = randomUUID();
    const name = dto.name ?? 'Untitled tutorial';
    // expect: log-injection
    this.logger.log(`Importing tutorial "${name}" from ${dto.link}`);
    const buffer = await this.fsProvider.downloadZip(dto.link);
    await this.fsProvider.unzipToTutorialFolder(id, buffer);
    return { id, name };
  }

  async getManifest(id: string) {
    return this.fsProvider.readManifest(id);
  }
}
