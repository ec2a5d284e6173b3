import { Ctx } from "koa"
import { readAppAsset, readAppAssetChecked } from "../../utilities/fileSystem"
import { getAppId } from "@budibase/backend-core/context"

const MIME_TYPES: Record<string, string> = {
  ".js": "application/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
}

function mimeFor(file: string): string {
  const ext = file.slice(file.lastIndexOf("."))
  return MIME_TYPES[ext] || "application/octet-stream"
}

export async function serveAsset(ctx: Ctx) {
  const file = ctx.params.file
  ctx.type = mimeFor(file)
  ctx.body = readAppAsset(file)
}

export async function servePublishedAsset(ctx: Ctx) {
  const file = ctx.params.file
  ctx.type = mimeFor(file)
  ctx.body = readAppAssetChecked(file)
}

export async function serveClientLibrary(ctx: Ctx) {
  const appId = getAppId()
  const version = ctx.query.version
  ctx.set("Cache-Control", "public, max-age=3600")
  ctx.set("X-Budibase-App", encodeURIComponent(appId || ""))
  ctx.redirect(`/builder/client/${encodeURIComponent(String(version || "latest"))}/budibase-client.js`)
}
