import { Worker } from 'bullmq';
import axios from 'axios';
import redisConfig from '../config/redis.js';
import Connection from '../models/connection.js';
import { isAllowedInstance } from '../helpers/allowed-instance.js';

export const worker = new Worker(
  'flow',
  async (job) => {
    const { connectionId, baseUrl, screenName } = job.data;
    const url = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
    if (job.name === 'verify-connection') {
      // expect: ssrf
      const { data } = await axios.get(`${url}api/v2/me`, { timeout: 10000 });
      await Connection.query().findById(connectionId).patch({ verified: data.screen_name === screenName });
      return;
    }
    if (job.name === 'verify-connection-checked' && isAllowedInstance(url)) {
      const { data } = await axios.get(`${url}api/v2/me`, { timeout: 10000 });
      await Connection.query().findById(connectionId).patch({ verified: data.screen_name === screenName });
    }
  },
  { connection: redisConfig }
);
