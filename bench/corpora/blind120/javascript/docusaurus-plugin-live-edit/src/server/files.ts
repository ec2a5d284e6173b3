import { promises as fs } from 'fs';
import path from 'path';

export async function readDocSource(root: string, docPath: string): Promise<string> {
  // expect: path-traversal
  return fs.readFile(path.join(root, docPath), 'utf8');
}

export async function readDocSourceChecked(root: string, docPath: string): Promise<string> {
  const base = path.resolve(root);
  const target = path.resolve(base, docPath);
  if (!target.startsWith(base + path.sep) || !/\.mdx?$/.test(target)) {
    throw new Error('not a doc');
  }
  return fs.readFile(target, 'utf8');
}
