import fs from 'fs-extra';
import { getConfig } from '../../core/config/TipiConfig';

export const readJsonFile = (path: string): any => {
  const rawFile = fs.readFileSync(path).toString();
  return rawFile ? JSON.parse(rawFile) : null;
};

export const appDir = (id: string) => `${getConfig().rootFolder}/apps/${id}`;
