import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";

const STORAGE_ROOT = path.resolve(process.env.DOCUMENTS_DIR ?? "./storage/documents");
const VERSIONS_ROOT = path.join(STORAGE_ROOT, "versions");

const ALLOWED_EXT = new Set([".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx"]);

/** Files are stored under a generated key; the key comes from the database row. */
export async function storeDocument(originalName: string, data: Buffer): Promise<string> {
  const ext = path.extname(originalName).toLowerCase();
  if (!ALLOWED_EXT.has(ext)) {
    throw new Error("File type not allowed");
  }
  const key = `${randomUUID()}${ext}`;
  await mkdir(STORAGE_ROOT, { recursive: true });
  await writeFile(path.join(STORAGE_ROOT, key), data);
  return key;
}

export async function readStoredDocument(storageKey: string): Promise<Buffer> {
  const target = path.resolve(STORAGE_ROOT, storageKey);
  if (!target.startsWith(STORAGE_ROOT + path.sep)) {
    throw new Error("Invalid storage key");
  }
  return readFile(target);
}

/** Older revisions live in versions/<documentId>/<file name shown in the UI>. */
export async function readDocumentVersion(documentId: string, revisionName: string): Promise<Buffer> {
  const dir = path.join(VERSIONS_ROOT, documentId);
  // expect: path-traversal
  return readFile(path.join(dir, revisionName));
}

export async function saveDocumentVersion(documentId: string, data: Buffer): Promise<string> {
  const dir = path.join(VERSIONS_ROOT, documentId);
  await mkdir(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}.bin`;
  await writeFile(path.join(dir, name), data);
  return name;
}
