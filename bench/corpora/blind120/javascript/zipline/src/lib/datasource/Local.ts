import { createReadStream, existsSync } from 'fs';
import { writeFile, rm } from 'fs/promises';
import { join, basename } from 'path';

export class Local {
  public name = 'local';

  constructor(public path: string) {}

  public async put(file: string, data: Buffer): Promise<void> {
    // expect: path-traversal
    await writeFile(join(this.path, file), data);
  }

  public async putSafe(file: string, data: Buffer): Promise<void> {
    await writeFile(join(this.path, basename(file)), data);
  }

  public async delete(file: string): Promise<void> {
    await rm(join(this.path, basename(file)), { force: true });
  }

  public get(file: string) {
    const full = join(this.path, basename(file));
    if (!existsSync(full)) return null;
    return createReadStream(full);
  }
}
