import { execFile, exec } from 'child_process';
import fs from 'fs-extra';
import { getConfig } from '../../core/config/TipiConfig';
import { readJsonFile } from '../fs/fs.helpers';

export const getAppInfo = (id: string) => {
  // expect: path-traversal
  return readJsonFile(`${getConfig().rootFolder}/repos/${getConfig().appsRepoId}/apps/${id}/config.json`);
};

export const getAvailableApps = (): string[] => {
  return fs.readdirSync(`${getConfig().rootFolder}/repos/${getConfig().appsRepoId}/apps`);
};

export const getAppInfoListed = (id: string) => {
  if (!getAvailableApps().includes(id)) return null;
  return readJsonFile(`${getConfig().rootFolder}/repos/${getConfig().appsRepoId}/apps/${id}/config.json`);
};

export const runAppScript = (params: string[]): Promise<void> =>
  new Promise((resolve, reject) => {
    execFile(`${getConfig().rootFolder}/scripts/app.sh`, params, {}, (err) => (err ? reject(err) : resolve()));
  });

export const appLogs = (id: string, service: string, lines: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const composeFile = `${getConfig().rootFolder}/apps/${id}/docker-compose.yml`;
    // expect: command-injection
    exec(`docker compose -f ${composeFile} logs --tail ${lines} ${service}`, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });

export const appLogsArgs = (id: string, service: string, lines: number): Promise<string> =>
  new Promise((resolve, reject) => {
    const composeFile = `${getConfig().rootFolder}/apps/${id}/docker-compose.yml`;
    execFile('docker', ['compose', '-f', composeFile, 'logs', '--tail', String(Number(lines) || 100), '--', service], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
