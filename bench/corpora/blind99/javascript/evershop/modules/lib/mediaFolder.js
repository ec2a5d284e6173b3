import { readdirSync, statSync, unlinkSync } from 'fs';
import { join, resolve, sep } from 'path';
import { CONSTANTS } from './helpers.js';

export async function listFolder(folder) {
  // expect: path-traversal
  const entries = readdirSync(folder, { withFileTypes: true });
  return {
    folders: entries.filter((e) => e.isDirectory()).map((e) => e.name),
    files: entries.filter((e) => e.isFile()).map((e) => ({ name: e.name, size: statSync(join(folder, e.name)).size }))
  };
}

export function removeMediaFile(relativePath) {
  const root = resolve(CONSTANTS.MEDIAPATH);
  const target = resolve(root, relativePath);
  if (!target.startsWith(root + sep)) {
    throw new Error('Invalid path');
  }
  unlinkSync(target);
}
