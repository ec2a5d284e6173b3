import express, { NextFunction, Request, Response } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { attachUser } from './middleware/auth';
import { auditTrail } from './middleware/audit';
import * as users from './controllers/userController';
import * as reports from './controllers/reportController';

const app = express();

app.use(helmet());
app.use(express.json());
app.use(
  session({
    secret: process.env.SESSION_SECRET ?? 'dev-secret',
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, sameSite: 'lax', secure: process.env.NODE_ENV === 'production' },
  }),
);
app.use(attachUser);
app.use(auditTrail);

const asyncHandler =
  (fn: (req: Request, res: Response) => Promise<unknown>) => (req: Request, res: Response, next: NextFunction) =>
    fn(req, res).catch(next);

app.get('/admin/users', asyncHandler(users.list));
app.get('/admin/users/:id', asyncHandler(users.show));
app.post('/admin/users/search', asyncHandler(users.search));
app.post('/admin/impersonate', asyncHandler(users.impersonate));
app.post('/admin/preferences', asyncHandler(users.preferences));
app.get('/admin/reports/:kind', asyncHandler(reports.run));
app.get('/admin/reports/:kind/csv', asyncHandler(reports.csv));

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  console.error(err);
  res.status(500).json({ error: 'internal' });
});

export default app;
