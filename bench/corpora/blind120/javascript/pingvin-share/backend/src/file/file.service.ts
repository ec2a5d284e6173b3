import { Injectable, NotFoundException } from '@nestjs/common';
import * as fs from 'fs';
import * as path from 'path';
import { PrismaService } from 'src/prisma/prisma.service';

export const SHARE_DIRECTORY = process.env.DATA_DIRECTORY ? `${process.env.DATA_DIRECTORY}/uploads/shares` : './data/uploads/shares';

@Injectable()
export class FileService {
  constructor(private prisma: PrismaService) {}

  getZip(shareId: string) {
    // expect: path-traversal
    return fs.createReadStream(`${SHARE_DIRECTORY}/${shareId}/archive.zip`);
  }

  async get(shareId: string, fileId: string) {
    const fileMetaData = await this.prisma.file.findFirst({ where: { id: fileId, shareId } });
    if (!fileMetaData) throw new NotFoundException('File not found');
    const file = fs.createReadStream(path.join(SHARE_DIRECTORY, fileMetaData.shareId, fileMetaData.id));
    return { metaData: { mimeType: 'application/octet-stream', ...fileMetaData }, file };
  }
}
