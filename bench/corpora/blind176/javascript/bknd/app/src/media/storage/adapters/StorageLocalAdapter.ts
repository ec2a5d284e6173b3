import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

export type FileListObject = { key: string; size: number; last_modified: Date };

export class StorageLocalAdapter {
   private root: string;

   constructor(config: { path: string }) {
      this.root = path.resolve(config.path);
   }

   getName() {
      return "local";
   }

   /** Keys are generated on upload (random id + extension), see MediaController. */
   async putObject(key: string, body: ArrayBuffer | Uint8Array) {
      if (!/^[a-z0-9]{16,40}\.[a-z0-9]{1,8}$/.test(key)) throw new Error("Invalid key");
      await mkdir(this.root, { recursive: true });
      await writeFile(path.join(this.root, key), new Uint8Array(body));
      return key;
   }

   async listObjects(prefix?: string): Promise<FileListObject[]> {
      const names = await readdir(this.root);
      const out: FileListObject[] = [];
      for (const name of names) {
         if (prefix && !name.startsWith(prefix)) continue;
         const info = await stat(path.join(this.root, name));
         out.push({ key: name, size: info.size, last_modified: info.mtime });
      }
      return out;
   }

   async deleteObject(key: string) {
      const target = path.resolve(this.root, key);
      if (path.dirname(target) !== this.root) throw new Error("Invalid key");
      await rm(target, { force: true });
   }

   /** Streams a stored file; `key` is the file name from the URL. */
   async getObject(key: string, headers: Headers): Promise<Response> {
      // expect: path-traversal
      const file = Bun.file(path.join(this.root, key));
      if (!(await file.exists())) return new Response(null, { status: 404 });
      const range = headers.get("range");
      if (range) {
         const [start, end] = range.replace(/bytes=/, "").split("-").map(Number);
         const slice = file.slice(start, Number.isFinite(end) ? end + 1 : undefined);
         return new Response(slice, { status: 206, headers: { "content-type": file.type } });
      }
      return new Response(file, { headers: { "content-type": file.type, "content-length": String(file.size) } });
   }
}
