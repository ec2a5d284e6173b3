import express from 'express';
import helmet from 'helmet';
import { authenticate } from './middleware/authenticate';
import { resolveTenant } from './middleware/tenant';
import { withRequestContext } from './context/requestContext';
import projectsRouter from './routes/projects';

const app = express();

app.use(helmet());
app.use(express.json());
app.use(authenticate);
app.use(resolveTenant);
app.use(withRequestContext);

app.use('/api/v1/projects', projectsRouter);

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  console.error(err.stack);
  res.status(500).json({ error: 'internal_error' });
});

const port = Number(process.env.PORT ?? 8080);
app.listen(port, () => console.log(`tenant api on :${port}`));

export default app;
