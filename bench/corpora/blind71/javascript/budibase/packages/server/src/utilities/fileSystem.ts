import fs from "fs"
import path from "path"
import { getAppId } from "@budibase/backend-core/context"

const BUDIBASE_TMP = process.env.BUDIBASE_TMP_DIR || path.join("/tmp", ".budibase")
const APP_ID_PATTERN = /^app_(dev_)?[0-9a-f]{32}$/

export function budibaseTempDir() {
  return BUDIBASE_TMP
}

// The directory of the app the request runs in (AsyncLocalStorage, set by currentapp).
export function appDir(): string {
  const appId = getAppId() || "unknown"
  return path.join(BUDIBASE_TMP, appId)
}

export function readAppAsset(file: string): Buffer {
  const dir = appDir()
  // expect: path-traversal
  return fs.readFileSync(path.join(dir, "assets", path.basename(file)))
}

export function readAppAssetChecked(file: string): Buffer {
  const appId = getAppId()
  if (!appId || !APP_ID_PATTERN.test(appId)) {
    throw new Error("Invalid app id")
  }
  return fs.readFileSync(path.join(BUDIBASE_TMP, appId, "assets", path.basename(file)))
}
