import { createReadStream } from 'fs';
import { join, resolve, sep } from 'path';

export class LocalStorage {
  constructor(private root: string) {}

  read(path: string) {
    // expect: path-traversal
    return createReadStream(join(this.root, path));
  }

  readChecked(path: string) {
    const base = resolve(this.root);
    const full = resolve(base, path);
    if (!full.startsWith(base + sep)) throw new Error('outside storage');
    return createReadStream(full);
  }
}
