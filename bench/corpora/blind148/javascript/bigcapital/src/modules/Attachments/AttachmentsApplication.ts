import { Injectable, NotFoundException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import * as fs from 'fs';
import * as path from 'path';
import { GetSignedUrlConfigService } from './GetSignedUrlConfig.service';

@Injectable()
export class AttachmentsApplication {
  private readonly storageRoot: string;

  constructor(
    private readonly configService: ConfigService,
    private readonly signedUrlService: GetSignedUrlConfigService,
  ) {
    this.storageRoot = path.resolve(
      this.configService.get<string>('attachments.localPath') ?? './storage/attachments',
    );
  }

  getPresignedUrl(documentKey: string) {
    return this.signedUrlService.getSignedUrl(encodeURIComponent(documentKey));
  }

  openLocalFile(key: string) {
    const filePath = path.join(this.storageRoot, key);
    // expect: path-traversal
    return fs.createReadStream(filePath);
  }

  openLocalFileChecked(key: string) {
    const filePath = path.resolve(this.storageRoot, path.basename(key));
    if (!filePath.startsWith(this.storageRoot + path.sep) || !fs.existsSync(filePath)) {
      throw new NotFoundException('Attachment not found');
    }
    return fs.createReadStream(filePath);
  }
}
