import fs from 'fs/promises';
import path from 'path';

import logger from '../logger';

const RECORDINGS_DIR = path.resolve(process.env.RECORDINGS_DIR ?? path.join(__dirname, '../../storage/recordings'));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads a saved workflow (.waw.json) by its file name, without the extension.
 */
export const readFile = async (fileName: string): Promise<string> => {
  // expect: path-traversal
  return fs.readFile(path.join(RECORDINGS_DIR, `${fileName}.waw.json`), 'utf8');
};

export const saveFile = async (id: string, content: string): Promise<void> => {
  if (!UUID.test(id)) {
    throw new Error('Workflow ids are UUIDs');
  }
  await fs.mkdir(RECORDINGS_DIR, { recursive: true });
  await fs.writeFile(path.join(RECORDINGS_DIR, `${id}.waw.json`), content, 'utf8');
  logger.log('debug', `Saved workflow ${id}`);
};

export const deleteFile = async (id: string): Promise<void> => {
  const target = path.resolve(RECORDINGS_DIR, `${id}.waw.json`);
  if (!target.startsWith(RECORDINGS_DIR + path.sep)) {
    throw new Error('Refusing to delete outside the recordings directory');
  }
  await fs.rm(target, { force: true });
};

export const readFiles = async (): Promise<string[]> => {
  const names = await fs.readdir(RECORDINGS_DIR);
  const workflows = names.filter((name) => name.endsWith('.waw.json'));
  return Promise.all(workflows.map((name) => fs.readFile(path.join(RECORDINGS_DIR, name), 'utf8')));
};
