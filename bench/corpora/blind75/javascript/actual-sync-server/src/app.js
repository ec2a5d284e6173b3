import express from 'express';
import cors from 'cors';
import bodyParser from 'body-parser';

import * as syncApp from './app-sync.js';
import * as openidApp from './app-openid.js';
import { requestLoggerMiddleware } from './util/middlewares.js';
import { config } from './load-config.js';

const app = express();

app.disable('x-powered-by');
app.use(cors());
app.set('trust proxy', config.get('trustedProxies'));
app.use(requestLoggerMiddleware);
app.use(bodyParser.json({ limit: `${config.get('upload.fileSizeLimitMB')}mb` }));
app.use(bodyParser.raw({ type: 'application/actual-sync', limit: `${config.get('upload.fileSizeSyncLimitMB')}mb` }));
app.use(bodyParser.raw({ type: 'application/encrypted-file', limit: `${config.get('upload.syncEncryptedFileSizeLimitMB')}mb` }));

app.use('/sync', syncApp.handlers);
app.use('/openid', openidApp.handlers);

app.get('/health', (req, res) => {
  res.send({ status: 'UP' });
});

app.use((err, req, res, next) => {
  console.error('unhandled error', err && err.stack);
  if (res.headersSent) return next(err);
  res.status(500).send({ status: 'error', reason: 'internal-error' });
});

export async function run() {
  const port = config.get('port');
  app.listen(port, config.get('hostname'));
  console.log('Listening on ' + config.get('hostname') + ':' + port + '...');
}
