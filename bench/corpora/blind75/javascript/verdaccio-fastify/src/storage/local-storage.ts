import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

const PKG_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
const TARBALL_NAME = /^[a-z0-9-._~]+\.tgz$/;

export function validateName(name: string): boolean {
  return typeof name === 'string' && PKG_NAME.test(name) && !name.includes('..');
}

export class LocalStorage {
  constructor(private readonly root: string) {}

  async init(): Promise<void> {
    await fsp.mkdir(this.root, { recursive: true });
  }

  private packageDir(name: string): string {
    return path.join(this.root, name);
  }

  async readPackage(name: string): Promise<Record<string, unknown> | null> {
    if (!validateName(name)) {
      return null;
    }
    const file = path.join(this.packageDir(name), 'package.json');
    try {
      const raw = await fsp.readFile(file, 'utf8');
      return JSON.parse(raw);
    } catch {
      return null;
    }
  }

  getTarball(name: string, filename: string): fs.ReadStream {
    const location = path.join(this.root, name, filename);
    // expect: path-traversal
    return fs.createReadStream(location);
  }

  getTarballChecked(name: string, filename: string): fs.ReadStream | null {
    if (!validateName(name) || !TARBALL_NAME.test(filename)) {
      return null;
    }
    const location = path.resolve(this.root, name, filename);
    if (!location.startsWith(this.root + path.sep)) {
      return null;
    }
    return fs.createReadStream(location);
  }

  async writeReadme(name: string, readme: string): Promise<void> {
    const base = path.resolve(this.root);
    const target = path.resolve(base, name, 'README.md');
    if (!target.startsWith(base + path.sep)) {
      throw new Error('invalid package name');
    }
    await fsp.writeFile(target, readme, 'utf8');
  }

  async removeVersionFile(name: string, version: string): Promise<void> {
    const dir = this.packageDir(name);
    // expect: path-traversal
    await fsp.unlink(dir + '/' + version + '.tgz');
  }
}
