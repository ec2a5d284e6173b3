import { Hono } from "hono";
import type { App } from "../../App";
import type { StorageLocalAdapter } from "../storage/adapters/StorageLocalAdapter";

const MAX_UPLOAD = 20 * 1024 * 1024;
const EXTENSIONS: Record<string, string> = {
   "image/png": "png",
   "image/jpeg": "jpg",
   "image/webp": "webp",
   "application/pdf": "pdf",
};

function randomKey(ext: string) {
   const bytes = crypto.getRandomValues(new Uint8Array(12));
   return `${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}.${ext}`;
}

export class MediaController {
   constructor(
      private app: App,
      private storage: StorageLocalAdapter,
   ) {}

   getController() {
      const hono = new Hono();
      const { guard } = this.app.modules.auth;

      hono.get("/file/:filename", async (c) => {
         const filename = decodeURIComponent(c.req.param("filename"));
         return this.storage.getObject(filename, c.req.raw.headers);
      });

      hono.post("/upload", guard.permission("media.file.upload"), async (c) => {
         const type = c.req.header("content-type") ?? "";
         const ext = EXTENSIONS[type.split(";")[0]];
         if (!ext) return c.json({ error: "Unsupported media type" }, 415);
         const body = await c.req.arrayBuffer();
         if (body.byteLength > MAX_UPLOAD) return c.json({ error: "File too large" }, 413);
         const key = await this.storage.putObject(randomKey(ext), body);
         return c.json({ name: key }, 201);
      });

      hono.delete("/file/:filename", guard.permission("media.file.delete"), async (c) => {
         await this.storage.deleteObject(c.req.param("filename"));
         return c.json({ ok: true });
      });

      return hono;
   }
}
