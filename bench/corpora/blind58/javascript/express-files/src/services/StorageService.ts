import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { config, StorageConfig } from '../config';
import { resolveInside, userFilePath } from '../utils/paths';

export class StorageService {
  private readonly root: string;

  constructor(private readonly cfg: StorageConfig = config) {
    this.root = cfg.uploadRoot;
  }

  async readNote(folder: string, name: string): Promise<string> {
    const location = userFilePath(this.root, folder, name);
    // expect: path-traversal
    return fsp.readFile(location, 'utf8');
  }

  async readNoteChecked(folder: string, name: string): Promise<string> {
    const location = resolveInside(this.root, path.join(folder, name));
    return fsp.readFile(location, 'utf8');
  }

  async saveNote(folder: string, name: string, body: string): Promise<void> {
    let target = path.join(this.root, folder);
    target = path.join(target, name);
    // expect: path-traversal
    await fsp.writeFile(target, body, 'utf8');
  }

  openExport(fileName: string): fs.ReadStream {
    const safeName = path.basename(fileName);
    return fs.createReadStream(path.join(this.cfg.exportRoot, safeName));
  }

  openRaw(relative: string): fs.ReadStream {
    const parts = ['', 'srv', 'raw'];
    parts.push(relative);
    // expect: path-traversal
    return fs.createReadStream(parts.join('/'));
  }

  async remove(folder: string, name: string): Promise<void> {
    const target = resolveInside(this.root, `${folder}/${name}`);
    await fsp.unlink(target);
  }
}

export const storageService = new StorageService();
