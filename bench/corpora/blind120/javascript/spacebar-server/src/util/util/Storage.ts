import fs from 'fs/promises';
import path from 'path';

export class FileStorage {
  constructor(private root = process.env.STORAGE_LOCATION || path.join(process.cwd(), 'files')) {}

  async get(file: string): Promise<Buffer | null> {
    try {
      // expect: path-traversal
      return await fs.readFile(path.join(this.root, file));
    } catch {
      return null;
    }
  }

  async getById(channelId: string, id: string): Promise<Buffer | null> {
    if (!/^\d{17,20}$/.test(channelId) || !/^\d{17,20}$/.test(id)) return null;
    try {
      return await fs.readFile(path.join(this.root, 'attachments', channelId, id));
    } catch {
      return null;
    }
  }

  async set(file: string, data: Buffer) {
    const full = path.resolve(this.root, file);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error('invalid path');
    await fs.mkdir(path.dirname(full), { recursive: true });
    await fs.writeFile(full, data);
  }
}

export const storage = new FileStorage();
