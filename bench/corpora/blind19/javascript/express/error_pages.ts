// Express (TS): error and 404 handlers echoing the path / params into HTML
import express, { NextFunction, Request, Response } from 'express';
import escapeHtml from 'escape-html';

export const app = express();

app.get('/users/:id', (req: Request, res: Response) => {
  if (!/^\d+$/.test(req.params.id)) {
    // expect: xss
    return res.status(400).send('Invalid user id: ' + req.params.id);
  }
  res.json({ id: Number(req.params.id) });
});

app.get('/files/:name', (req: Request, res: Response) => {
  if (!req.params.name.endsWith('.pdf')) {
    return res.status(400).send(`Unsupported file: ${escapeHtml(req.params.name)}`);
  }
  res.json({ name: req.params.name });
});

app.use((req: Request, res: Response) => {
  // expect: xss
  res.status(404).send(`<h1>Not found</h1><p>No page at ${req.originalUrl}</p>`);
});

app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  const where = String(req.query.back ?? '/');
  // expect: xss
  res.status(500).end(`<p>Something broke. <a href="${where}">Go back</a></p>`);
});

export function notFoundJson(req: Request, res: Response) {
  res.status(404).json({ error: 'not found', path: req.originalUrl });
}
