import path from 'path';
import dotenv from 'dotenv';

dotenv.config();

const rootPath = process.env.QL_DIR || path.join(__dirname, '../../');
const dataPath = path.join(rootPath, 'data/');

export default {
  port: parseInt(process.env.BACK_PORT || '5700', 10),
  secret: process.env.SECRET || '',
  rootPath,
  dataPath,
  scriptPath: path.join(dataPath, 'scripts/'),
  logPath: path.join(dataPath, 'log/'),
  repoPath: path.join(dataPath, 'repo/'),
  configPath: path.join(dataPath, 'config/'),
  dbPath: path.join(dataPath, 'db/'),
  api: {
    prefix: '/api',
  },
  // names a script may be run with, relative to the scripts directory
  scriptExtensions: ['.js', '.py', '.ts', '.sh'],
  taskCommand: 'task',
  maxLogLines: 5000,
  pageSizes: new Set([20, 50, 100]),
  subscriptionSchedules: {
    hourly: '0 * * * *',
    daily: '0 3 * * *',
    weekly: '0 3 * * 1',
  },
  isSafeName(name: string): boolean {
    return /^[\w.-]+$/.test(name) && !name.startsWith('.');
  },
  logLevel: process.env.LOG_LEVEL || 'info',
  version: process.env.QL_VERSION || 'dev',
};
