import axios from 'axios';
import App from './app.entity';
import { appLogs, appLogsArgs, getAppInfo, getAppInfoListed, runAppScript } from './apps.helpers';
import logger from '../../config/logger';

const APPSTORE_INDEX = 'https://raw.githubusercontent.com/runtipi/runtipi-appstore/master/apps/index.json';

const installApp = async (id: string, form: Record<string, string>) => {
  const info = getAppInfoListed(id);
  if (!info) throw new Error(`App ${id} not found`);
  await runAppScript(['install', id]);
  return App.create({ id, config: form, status: 'running' }).save();
};

const getAppDetails = (id: string) => getAppInfo(id);

const previewStore = async (storeUrl: string | undefined) => {
  const url = storeUrl || APPSTORE_INDEX;
  // expect: ssrf
  const { data } = await axios.get(url, { timeout: 10000 });
  return data;
};

const logs = (id: string, service: string, lines: number, strict: boolean) => (strict ? appLogsArgs(id, service, lines) : appLogs(id, service, lines));

const uninstallApp = async (id: string) => {
  if (!getAppInfoListed(id)) throw new Error('not found');
  logger.info('Uninstalling app');
  await runAppScript(['uninstall', id]);
  await App.delete({ id });
  return true;
};

export default { installApp, getAppDetails, previewStore, logs, uninstallApp };
