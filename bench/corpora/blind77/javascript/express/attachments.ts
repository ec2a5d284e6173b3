import express, { Request, Response, NextFunction } from 'express';
import path from 'node:path';

const UPLOAD_DIR = path.resolve(process.env.UPLOAD_DIR ?? './uploads');
const PUBLIC_DIR = path.join(__dirname, 'public');

export const files = express.Router();

files.get('/attachments/:name', function download(req, res) {
  // expect: path-traversal
  res.sendFile(path.join(UPLOAD_DIR, req.params.name));
});

files.get('/export', (req: Request, res: Response) => {
  const requested = req.query.file as string;
  const full = `${UPLOAD_DIR}/exports/${requested}`;
  // expect: path-traversal
  res.sendFile(full, (err) => {
    if (err) res.status(404).end();
  });
});

files.get('/legacy/report', function (req, res, next) {
  const report = req.cookies.lastReport;
  // expect: path-traversal
  res.sendfile(PUBLIC_DIR + '/reports/' + report);
});

export const avatarHandler = ({ params }: Request, res: Response, next: NextFunction) => {
  const file = path.resolve(UPLOAD_DIR, 'avatars', params.userId + '.png');
  // expect: path-traversal
  res.sendFile(file);
};

files.get('/theme.css', (req: Request, res: Response) => {
  const theme = req.headers['x-theme'] || 'light';
  // expect: path-traversal
  res.sendFile(path.join(PUBLIC_DIR, 'themes', String(theme), 'theme.css'));
});

// Safe look-alikes: express confines the name to `root` and refuses dotfiles;
// a basename inside a fixed folder; a constant file.
files.get('/docs/:page', (req: Request, res: Response) => {
  res.sendFile(req.params.page, { root: path.join(PUBLIC_DIR, 'docs'), dotfiles: 'deny' });
});

files.get('/invoice/:id', (req: Request, res: Response) => {
  const id = path.basename(String(req.params.id));
  if (!/^[A-Z0-9-]{6,20}$/.test(id)) return res.sendStatus(400);
  res.sendFile(path.join(UPLOAD_DIR, 'invoices', `${id}.pdf`));
});

files.get('/', (_req: Request, res: Response) => res.sendFile(path.join(PUBLIC_DIR, 'index.html')));
