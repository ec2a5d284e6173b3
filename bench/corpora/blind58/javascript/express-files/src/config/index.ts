import path from 'node:path';

export interface StorageConfig {
  uploadRoot: string;
  exportRoot: string;
  publicRoot: string;
  maxDownloadBytes: number;
}

export const config: StorageConfig = {
  uploadRoot: path.resolve(process.env.UPLOAD_ROOT ?? '/var/lib/files/uploads'),
  exportRoot: path.resolve(process.env.EXPORT_ROOT ?? '/var/lib/files/exports'),
  publicRoot: path.resolve(__dirname, '..', '..', 'public'),
  maxDownloadBytes: 50 * 1024 * 1024,
};
