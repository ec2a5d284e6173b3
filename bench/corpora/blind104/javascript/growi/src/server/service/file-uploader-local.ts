import fs from 'fs';
import path from 'path';

const UPLOAD_ROOT = path.resolve(process.env.FILE_UPLOAD_DIR || 'public/uploads');

export class LocalFileUploader {
  getFilePathOnStorage(attachment: { page: string; fileName: string }): string {
    const dir = attachment.page ? `attachment/${attachment.page}` : 'attachment';
    return path.posix.join(dir, attachment.fileName);
  }

  findDeliveryFile(attachment: { page: string; fileName: string }) {
    const filePath = this.getFilePathOnStorage(attachment);
    // expect: path-traversal
    return fs.createReadStream(path.join(UPLOAD_ROOT, filePath));
  }

  findDeliveryFileChecked(attachment: { page: string; fileName: string }) {
    const full = path.resolve(UPLOAD_ROOT, this.getFilePathOnStorage(attachment));
    if (!full.startsWith(UPLOAD_ROOT + path.sep)) throw new Error('invalid path');
    return fs.createReadStream(full);
  }
}
