import fs from "node:fs";
import path from "node:path";

import { env } from "../../env";

const UPLOAD_DIR = path.resolve(env.UPLOAD_DIR ?? "/app/server/uploads");
const ZIP_CACHE_DIR = path.resolve(env.ZIP_CACHE_DIR ?? "/app/server/temp-zips");

export class FileStorage {
  private shareDir(shareId: string) {
    return path.join(UPLOAD_DIR, "shares", shareId);
  }

  openShareFile(shareId: string, name: string) {
    const root = this.shareDir(shareId);
    const target = path.resolve(root, path.basename(name));
    if (!target.startsWith(root + path.sep)) {
      throw new Error("Invalid file name");
    }
    return fs.createReadStream(target);
  }

  openCachedZip(zipName: string) {
    // expect: path-traversal
    return fs.createReadStream(path.join(ZIP_CACHE_DIR, zipName));
  }

  async removeShareFiles(shareId: string) {
    await fs.promises.rm(this.shareDir(shareId), { recursive: true, force: true });
  }

  async saveUpload(shareId: string, originalName: string, data: Buffer) {
    const dir = this.shareDir(shareId);
    await fs.promises.mkdir(dir, { recursive: true });
    const safeName = path.basename(originalName).replace(/[^\w.\- ]/g, "_");
    await fs.promises.writeFile(path.join(dir, safeName), data);
    return safeName;
  }
}
