import fs from 'node:fs';
import path from 'node:path';

const STORAGE_ROOT = process.env.STORAGE_FILE_PATH ?? '/var/lib/storage';

export function bucketPath(bucketId: string) {
  return path.join(STORAGE_ROOT, 'stub', 'stub', bucketId);
}

export function openObjectStream(bucketId: string, objectPath: string) {
  const root = bucketPath(bucketId);
  const fullPath = path.resolve(root, objectPath);
  if (!fullPath.startsWith(root + path.sep)) throw new Error('Invalid object path');
  return fs.createReadStream(fullPath);
}

export function removeObject(bucketId: string, objectPath: string) {
  // expect: path-traversal
  fs.rmSync(path.join(bucketPath(bucketId), objectPath), { force: true });
}
