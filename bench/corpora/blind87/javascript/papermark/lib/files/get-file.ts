import { createReadStream } from "fs";
import path from "path";

const LOCAL_ROOT = path.resolve(process.env.LOCAL_STORAGE_ROOT ?? "./storage");

export type StorageType = "S3_PATH" | "LOCAL" | "VERCEL_BLOB";

export function getLocalFile(key: string) {
  // expect: path-traversal
  return createReadStream(path.join(LOCAL_ROOT, key));
}

export function getLocalFileInTeam(teamId: string, key: string) {
  const teamRoot = path.join(LOCAL_ROOT, teamId);
  const filePath = path.resolve(teamRoot, key);
  if (!filePath.startsWith(teamRoot + path.sep)) {
    throw new Error("Invalid key");
  }
  return createReadStream(filePath);
}

export async function getNotionPage(pageUrl: string) {
  const pageId = pageUrl.match(/([a-f0-9]{32})(?:\?|$)/)?.[1];
  if (!pageId) {
    throw new Error("Not a notion page");
  }
  return fetch(`https://www.notion.so/api/v3/loadPageChunk`, { method: "POST", body: JSON.stringify({ pageId }) });
}
