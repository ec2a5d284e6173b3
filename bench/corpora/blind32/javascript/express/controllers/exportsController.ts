import path from 'path';
import { resolve } from 'path';
import { Router, Request, Response, NextFunction } from 'express';

const EXPORT_DIR = path.resolve(__dirname, '../../var/exports');
const UPLOADS = resolve(__dirname, '../../var/uploads');
const STATIC_DIR = path.resolve(__dirname, '../../public');

export const exportsRouter = Router();

exportsRouter.get('/exports/:name', (req: Request, res: Response) => {
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORT_DIR, req.params.name));
});

exportsRouter.get('/reports', (req: Request, res: Response) => {
  const file = req.query.file as string;
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORT_DIR, 'reports', file));
});

export function downloadUpload(req: Request, res: Response, next: NextFunction) {
  const { owner, file } = req.params;
  const target = resolve(UPLOADS, owner, file);
  // expect: path-traversal
  res.sendFile(target, (err) => err && next(err));
}

export const avatar = ({ params }: Request, res: Response) => {
  // expect: path-traversal
  return res.sendFile(resolve(UPLOADS, 'avatars', params.userId + '.png'));
};

exportsRouter.get('/app', (req: Request, res: Response) => {
  res.sendFile(path.resolve(STATIC_DIR, 'index.html'));
});

exportsRouter.get('/safe-exports/:name', (req: Request, res: Response) => {
  res.sendFile(req.params.name, { root: EXPORT_DIR, dotfiles: 'deny' });
});

exportsRouter.get('/checked-exports/:name', (req: Request, res: Response) => {
  const candidate = path.resolve(EXPORT_DIR, req.params.name);
  if (!candidate.startsWith(EXPORT_DIR + path.sep)) {
    return res.sendStatus(403);
  }
  res.sendFile(candidate);
});

exportsRouter.get('/uploads/:owner/:file', downloadUpload);
exportsRouter.get('/avatars/:userId', avatar);
