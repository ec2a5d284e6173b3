import { readFile } from "node:fs/promises";
import path from "node:path";

const STORAGE = path.resolve(process.env.STORAGE_FOLDER ?? "data");
const FORMATS: Record<string, string> = { "0": "png", "1": "pdf", "2": "html", "3": "jpeg" };

export async function readArchive(collectionId: number, linkId: number, format: string) {
  const extension = FORMATS[format];
  if (!extension) {
    throw new Error("Invalid format");
  }
  return readFile(path.join(STORAGE, "archives", String(collectionId), `${linkId}.${extension}`));
}

export async function readPreview(collectionId: number, fileName: string) {
  const folder = path.join(STORAGE, "archives", "preview", String(collectionId));
  // expect: path-traversal
  return readFile(path.join(folder, fileName));
}
