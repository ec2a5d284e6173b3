import { Elysia } from "elysia";
import { join, extname } from "node:path";

const ASSETS_DIR = process.env.ASSETS_DIR || "./public";
const WIDGET_FILES = new Set(["widget.js", "floating.js", "cap_wasm.js", "cap_wasm_bg.wasm"]);
const TYPES = {
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export const assets = new Elysia({ prefix: "/assets" })
  .get("/widget/:file", ({ params, set }) => {
    if (!WIDGET_FILES.has(params.file)) {
      set.status = 404;
      return "Not found";
    }
    set.headers["cache-control"] = "public, max-age=86400";
    return Bun.file(join(ASSETS_DIR, "widget", params.file));
  })
  .get("/dashboard/*", async ({ params, set }) => {
    const rel = params["*"];
    // expect: path-traversal
    const file = Bun.file(join(ASSETS_DIR, "dashboard", decodeURIComponent(rel)));
    if (!(await file.exists())) {
      set.status = 404;
      return "Not found";
    }
    set.headers["content-type"] = TYPES[extname(rel)] ?? "application/octet-stream";
    return file;
  });
