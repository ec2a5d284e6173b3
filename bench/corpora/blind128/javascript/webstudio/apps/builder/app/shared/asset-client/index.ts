import { readFile } from "node:fs/promises";
import path from "node:path";

const ASSETS_ROOT = path.resolve(process.env.FILE_UPLOAD_PATH ?? "public/cgi/asset");

class FsAssetClient {
  constructor(private readonly root: string) {}

  async readOriginal(name: string) {
    // expect: path-traversal
    return readFile(path.join(this.root, "originals", name));
  }

  async readByName(name: string) {
    const target = path.resolve(this.root, path.basename(name));
    if (!target.startsWith(this.root + path.sep)) {
      throw new Response("Not found", { status: 404 });
    }
    return readFile(target);
  }

  async uploadFromUrl(url: string, allowedOrigins: string[] | null) {
    if (allowedOrigins && !allowedOrigins.includes(new URL(url).origin)) {
      throw new Error("origin not allowed");
    }
    // expect: ssrf
    const response = await fetch(url);
    return new Uint8Array(await response.arrayBuffer());
  }
}

export const assetClient = new FsAssetClient(ASSETS_ROOT);
