import express, { NextFunction, Request, Response } from 'express';
import path from 'path';

const app = express();
const PUBLIC_DIR = path.join(__dirname, 'public');

app.get('/download/:name', function download(req, res) {
  // expect: path-traversal
  res.sendFile(req.params.name);
});

app.get('/legacy', function legacy(req, res) {
  const file = req.query.path as string;
  // expect: path-traversal
  res.sendfile(file);
});

app.get('/reports', ({ query }: Request, res: Response) => {
  // expect: path-traversal
  res.sendFile(query.file as string);
});

app.post('/export', express.json(), function exportFile(req, res, next) {
  const target = `/var/exports/${req.body.exportId}.csv`;
  // expect: path-traversal
  res.sendFile(target, (err) => err && next(err));
});

app.get('/assets/:name', function asset(req, res) {
  res.sendFile(req.params.name, { root: PUBLIC_DIR, dotfiles: 'deny' });
});

app.get('/', function index(req, res) {
  res.sendFile(path.join(PUBLIC_DIR, 'index.html'));
});

export default app;
