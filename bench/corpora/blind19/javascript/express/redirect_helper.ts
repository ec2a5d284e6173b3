// Express (TS): the redirect target comes from a helper / session fallback, or is prefixed
import express, { Request, Response } from 'express';

const app = express();

function getReturnTo(req: Request): string {
  const fromQuery = req.query.returnTo as string | undefined;
  return fromQuery || (req as any).session?.returnTo || '/';
}

function localOnly(target: string): string {
  return target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

app.post('/auth/callback', (req: Request, res: Response) => {
  // expect: open-redirect
  res.redirect(getReturnTo(req));
});

app.get('/welcome', (req: Request, res: Response) => {
  const base = req.query.base as string;
  // expect: open-redirect
  res.redirect(`${base}/welcome`);
});

app.post('/auth/callback-safe', (req: Request, res: Response) => {
  res.redirect(localOnly(getReturnTo(req)));
});

app.get('/welcome-safe', (req: Request, res: Response) => {
  const name = String(req.query.name ?? '');
  res.redirect(`/welcome?name=${encodeURIComponent(name)}`);
});

export default app;
