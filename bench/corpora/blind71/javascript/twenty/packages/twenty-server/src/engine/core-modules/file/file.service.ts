import { Injectable } from '@nestjs/common';
import { createReadStream, ReadStream } from 'fs';
import { access } from 'fs/promises';
import { join, resolve, sep } from 'path';

const STORAGE_LOCAL_PATH = resolve(process.env.STORAGE_LOCAL_PATH ?? '.local-storage');

export const ALLOWED_FOLDERS = ['profile-picture', 'workspace-logo', 'attachment', 'person-picture'];

@Injectable()
export class FileService {
  async getFileStream(workspaceId: string, folder: string, filename: string): Promise<ReadStream> {
    const workspaceRoot = join(STORAGE_LOCAL_PATH, `workspace-${workspaceId}`);
    const fullPath = resolve(workspaceRoot, folder, filename);
    if (!fullPath.startsWith(workspaceRoot + sep)) {
      throw new Error('File path outside of workspace storage');
    }
    await access(fullPath);
    return createReadStream(fullPath);
  }

  async getThumbnailStream(workspaceId: string, folder: string, filename: string, size: string): Promise<ReadStream> {
    const base = join(STORAGE_LOCAL_PATH, `workspace-${workspaceId}`, folder);
    const thumbName = `${size}-${filename}`;
    // expect: path-traversal
    return createReadStream(join(base, 'thumbnails', thumbName));
  }
}
