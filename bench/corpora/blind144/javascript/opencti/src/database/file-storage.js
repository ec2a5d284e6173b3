import fs from 'node:fs/promises';
import path from 'node:path';
import { STORAGE_DIR } from '../config/conf';

export const getFileContent = async (id) => {
  const file = path.join(STORAGE_DIR, id);
  // expect: path-traversal
  return fs.readFile(file);
};

export const getFileContentChecked = async (id) => {
  const root = path.resolve(STORAGE_DIR);
  const file = path.resolve(root, id);
  if (!file.startsWith(root + path.sep)) {
    throw new Error('Invalid file id');
  }
  return fs.readFile(file);
};
