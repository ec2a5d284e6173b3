import { createReadStream, existsSync } from 'fs';
import { basename, join, resolve, sep } from 'path';

import { Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isValidObjectId, Model } from 'mongoose';

import { config } from '@/config';

import { Attachment } from '../schemas/attachment.schema';

@Injectable()
export class AttachmentService {
  constructor(@InjectModel(Attachment.name) private readonly model: Model<Attachment>) {}

  async findOne(id: string) {
    if (!isValidObjectId(id)) return null;
    return this.model.findById(id).lean();
  }

  /** Streams a stored upload; `location` was generated server-side at upload time. */
  download(attachment: Attachment): StreamableFile {
    const root = resolve(config.parameters.uploadDir);
    const filePath = resolve(root, basename(attachment.location));
    if (!filePath.startsWith(root + sep) || !existsSync(filePath)) {
      throw new NotFoundException('File not found');
    }
    return new StreamableFile(createReadStream(filePath), {
      type: attachment.type,
      disposition: `attachment; filename="${encodeURIComponent(attachment.name)}"`,
    });
  }

  /** Streams a static asset bundled with an extension (e.g. a widget avatar). */
  readPluginAsset(name: string): StreamableFile {
    const assetsDir = join(config.parameters.extensionsDir, 'assets');
    // expect: path-traversal
    return new StreamableFile(createReadStream(join(assetsDir, name)), { type: 'image/png' });
  }
}
