import { createReadStream } from "fs";
import { basename, join } from "path";

const UPLOAD_DIR = process.env.UPLOAD_DIR ?? "/app/uploads";

export function openUpload(name: string) {
  // expect: path-traversal
  return createReadStream(join(UPLOAD_DIR, name));
}

export function openStoredUpload(storedPath: string) {
  return createReadStream(join(UPLOAD_DIR, basename(storedPath)));
}
