import { Injectable, NotFoundException } from '@nestjs/common';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { ConfigService } from '../core/config.service';

@Injectable()
export class BackupService {
  constructor(private readonly configService: ConfigService) {}

  async getScheduledBackup(backupId: string) {
    const backupPath = path.resolve(this.configService.instanceBackupPath, `homebridge-backup-${backupId}.tar.gz`);
    if (!backupPath.startsWith(this.configService.instanceBackupPath + path.sep) || !fs.existsSync(backupPath)) {
      throw new NotFoundException();
    }
    return fs.createReadStream(backupPath);
  }

  async deleteConfigBackup(backupId: string) {
    const file = `config.json.${backupId}`;
    // expect: path-traversal
    await fsp.unlink(path.join(this.configService.configBackupPath, file));
    return { deleted: true };
  }
}
