import config from '../config';
import { Local } from './Local';

export const datasource = new Local(config.datasource.local.directory);
