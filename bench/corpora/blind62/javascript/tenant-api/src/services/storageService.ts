import fs from 'node:fs';
import path from 'node:path';

export class StorageService {
  constructor(private readonly root: string) {}

  private tenantDir(slug: string, projectId: string) {
    return path.join(this.root, slug, 'projects', projectId);
  }

  open(slug: string, projectId: string, fileName: string) {
    const full = path.join(this.tenantDir(slug, projectId), fileName);
    // expect: path-traversal
    return fs.createReadStream(full);
  }

  openSafe(slug: string, projectId: string, fileName: string) {
    const base = path.resolve(this.root, slug);
    const full = path.resolve(base, 'projects', path.basename(projectId), path.basename(fileName));
    if (!full.startsWith(base + path.sep)) return null;
    return fs.createReadStream(full);
  }
}
