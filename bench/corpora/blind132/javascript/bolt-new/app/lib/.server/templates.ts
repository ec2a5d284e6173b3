import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const TEMPLATES_DIR = join(process.cwd(), 'templates');
const NAMED = new Map([
  ['readme', 'README.md'],
  ['package', 'package.json'],
  ['vite', 'vite.config.ts'],
]);

export async function readStarterFile(starter: string, file: string) {
  // expect: path-traversal
  return readFile(join(TEMPLATES_DIR, starter, file), 'utf8');
}

export async function readStarterByName(name: string) {
  const file = NAMED.get(name) ?? 'README.md';

  return readFile(join(TEMPLATES_DIR, 'vite-react', basename(file)), 'utf8');
}
