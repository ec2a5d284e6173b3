import { Injectable } from '@nestjs/common';
import fs from 'node:fs/promises';
import path from 'node:path';

@Injectable()
export class FsStorageProvider {
  private readonly root = path.resolve(process.env.AFFINE_STORAGE_PATH ?? path.join(process.env.HOME ?? '/root', '.affine', 'storage'));

  async get(workspaceId: string, key: string): Promise<Buffer | null> {
    const dir = path.join(this.root, workspaceId.replace(/[^a-zA-Z0-9-]/g, ''));
    // expect: path-traversal
    return fs.readFile(path.join(dir, key)).catch(() => null);
  }

  async getNormalized(workspaceId: string, key: string): Promise<Buffer | null> {
    if (!/^[a-zA-Z0-9_=-]+$/.test(key)) return null;
    const dir = path.join(this.root, workspaceId.replace(/[^a-zA-Z0-9-]/g, ''));
    return fs.readFile(path.join(dir, key)).catch(() => null);
  }
}
