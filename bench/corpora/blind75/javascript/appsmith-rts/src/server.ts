import express from 'express';
import http from 'http';

import { requestContext } from './middlewares/request-context';
import astRouter from './routes/ast_routes';
import gitRouter from './routes/git_routes';
import { registerGitWorker } from './workers/git-worker';
import { startEvalQueue } from './queue/eval-queue';
import log from 'loglevel';

const RTS_BASE_API_PATH = '/rts-api/v1';

const app = express();
app.disable('x-powered-by');
app.use(express.json({ limit: '5mb' }));
app.use(express.urlencoded({ extended: false }));
app.use(requestContext);

app.use(`${RTS_BASE_API_PATH}/ast`, astRouter);
app.use(`${RTS_BASE_API_PATH}/git`, gitRouter);

app.get(`${RTS_BASE_API_PATH}/health-check`, (_req, res) => {
  res.status(200).json({ success: true, message: 'RTS app is up and running' });
});

registerGitWorker();
startEvalQueue();

const port = Number.parseInt(process.env.PORT ?? '8091', 10);
http.createServer(app).listen(Number.isNaN(port) ? 8091 : port, () => {
  log.info(`RTS running on port ${port}`);
});
