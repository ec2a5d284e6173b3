import express, { Request, Response, NextFunction } from 'express';
import path from 'path';
import * as nodePath from 'node:path';

const router = express.Router();
const EXPORTS_DIR = path.resolve(__dirname, '..', 'exports');
const AVATARS = '/srv/app/avatars';

router.get('/exports/:name', ({ params }: Request, res: Response, next: NextFunction) => {
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORTS_DIR, params.name), (err) => err && next(err));
});

router.get('/reports', ({ query }: Request, res: Response) => {
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORTS_DIR, 'reports', String(query.file)));
});

router.get('/themes/current.css', ({ cookies }: Request, res: Response) => {
  // expect: path-traversal
  res.sendFile(nodePath.resolve('/srv/app/themes', cookies.theme, 'main.css'));
});

export function sendAvatar(req: Request, res: Response): void {
  const file = req.headers['x-avatar-file'] as string;
  // expect: path-traversal
  res.sendFile(path.resolve(AVATARS, file));
}

router.post('/attachments', function download(req, res) {
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORTS_DIR, req.body.attachment));
});

router.get('/exports-safe/:name', ({ params }: Request, res: Response, next: NextFunction) => {
  res.sendFile(path.basename(params.name), { root: EXPORTS_DIR, dotfiles: 'deny' }, (err) => err && next(err));
});

router.get('/manual', (_req: Request, res: Response) => {
  res.sendFile(path.resolve(__dirname, '..', 'public', 'manual.pdf'));
});

router.get('/exports-checked/:name', ({ params }: Request, res: Response) => {
  const full = path.resolve(EXPORTS_DIR, params.name);
  if (!full.startsWith(EXPORTS_DIR + path.sep)) {
    res.sendStatus(400);
    return;
  }
  res.sendFile(full);
});

export default router;
