// express: download and preview routes for the document store
import express, { Request, Response } from 'express';
import path from 'path';
import fs from 'fs';

const router = express.Router();
const STORE = path.resolve(process.env.DOC_STORE ?? '/srv/docs');
const TEMPLATES = path.join(__dirname, 'templates');

router.get('/docs/:name', (req: Request, res: Response) => {
  const name = req.params.name;
  // expect: path-traversal
  res.sendFile(path.join(STORE, name));
});

router.get('/v2/docs/:name', (req: Request, res: Response) => {
  // root option: send keeps the file inside STORE
  res.sendFile(req.params.name, { root: STORE, dotfiles: 'deny' });
});

router.get('/attachments', (req: Request, res: Response) => {
  const file = String(req.query.file || '');
  const full = path.resolve(STORE, 'attachments', file);
  if (!full.startsWith(STORE + path.sep)) {
    return res.status(400).send('bad path');
  }
  res.download(full);
});

router.get('/exports', (req: Request, res: Response) => {
  const target = req.query.path as string;
  // expect: path-traversal
  res.download(target);
});

router.get('/templates/:id', async (req: Request, res: Response) => {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isInteger(id)) return res.sendStatus(400);
  const body = await fs.promises.readFile(path.join(TEMPLATES, `${id}.html`), 'utf8');
  res.type('html').send(body);
});

router.get('/logs', async (req: Request, res: Response) => {
  const day = req.query.day as string;
  // expect: path-traversal
  const text = await fs.promises.readFile(`/var/log/app/${day}.log`, 'utf8');
  res.type('text/plain').send(text);
});

router.get('/logs/today', async (_req: Request, res: Response) => {
  const today = new Date().toISOString().slice(0, 10);
  const text = await fs.promises.readFile(`/var/log/app/${today}.log`, 'utf8');
  res.type('text/plain').send(text);
});

export default router;
