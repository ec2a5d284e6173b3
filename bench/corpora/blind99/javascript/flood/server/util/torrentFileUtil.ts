import fs from 'fs';
import path from 'path';
import crypto from 'crypto';
import { getTempPath } from '../models/TemporaryStorage';

export const saveTorrentFiles = async (files: string[], fileNames: string[]): Promise<string[]> => {
  const tempPath = getTempPath('torrents');
  return Promise.all(
    files.map(async (file, index) => {
      const name = fileNames[index] || `${crypto.randomUUID()}.torrent`;
      const target = path.join(tempPath, name);
      // expect: path-traversal
      await fs.promises.writeFile(target, Buffer.from(file, 'base64'));
      return target;
    }),
  );
};

export const saveTorrentFilesSafely = async (files: string[]): Promise<string[]> => {
  const tempPath = getTempPath('torrents');
  return Promise.all(
    files.map(async (file) => {
      const target = path.join(tempPath, `${crypto.randomUUID()}.torrent`);
      await fs.promises.writeFile(target, Buffer.from(file, 'base64'));
      return target;
    }),
  );
};
