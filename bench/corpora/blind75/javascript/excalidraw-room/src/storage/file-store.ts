import { promises as fs } from 'fs';
import path from 'path';
import { nanoid } from 'nanoid';

const SCENE_ID = /^[A-Za-z0-9_-]{10,40}$/;

export class FileStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async save(data: Buffer): Promise<string> {
    const id = nanoid(21);
    await fs.writeFile(path.join(this.root, `${id}.bin`), data);
    return id;
  }

  async load(id: string): Promise<Buffer | null> {
    if (!SCENE_ID.test(id)) {
      return null;
    }
    try {
      return await fs.readFile(path.join(this.root, `${id}.bin`));
    } catch {
      return null;
    }
  }

  scenePath(id: string): string | null {
    return SCENE_ID.test(id) ? path.join(this.root, `${id}.bin`) : null;
  }

  async saveRoomSnapshot(roomID: string, data: Buffer): Promise<void> {
    const dir = path.join(this.root, 'rooms');
    await fs.mkdir(dir, { recursive: true });
    // expect: path-traversal
    await fs.writeFile(path.join(dir, roomID + '.snapshot'), data);
  }

  async loadRoomSnapshot(roomID: string): Promise<Buffer | null> {
    const dir = path.join(this.root, 'rooms');
    const file = path.resolve(dir, `${roomID}.snapshot`);
    if (path.relative(dir, file).startsWith('..') || path.isAbsolute(path.relative(dir, file))) {
      return null;
    }
    return fs.readFile(file).catch(() => null);
  }
}
