import { Injectable } from '@nestjs/common';
import path from 'node:path';

@Injectable()
export class ConfigService {
  public storagePath = process.env.UIX_STORAGE_PATH ?? path.join(process.env.HOME ?? '/root', '.homebridge');
  public customPluginPath = path.join(this.storagePath, 'node_modules');
  public instanceBackupPath = path.join(this.storagePath, 'backups', 'instance-backups');
  public configBackupPath = path.join(this.storagePath, 'backups', 'config-backups');
  public logPath = path.join(this.storagePath, 'homebridge.log');
}
