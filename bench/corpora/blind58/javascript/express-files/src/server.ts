import express from 'express';
import { filesRouter } from './routes/files';

const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.use('/files', filesRouter);

app.get('/healthz', (_req, res) => {
  res.json({ ok: true });
});

const port = Number(process.env.PORT ?? 8080);
app.listen(port, () => {
  console.log(`files service on :${port}`);
});

export default app;
