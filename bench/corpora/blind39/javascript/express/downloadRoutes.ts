import express, { NextFunction, Request, Response } from 'express';
import path from 'path';

const DOCS_DIR = path.join(__dirname, '..', 'storage', 'docs');
const AVATAR_DIR = path.join(__dirname, '..', 'storage', 'avatars');
const EXPORT_DIR = path.join(__dirname, '..', 'storage');
const THEMES_DIR = path.join(__dirname, '..', 'public', 'themes');

const app = express();
const router = express.Router();

app.get('/docs/:name', function sendDoc(req, res) {
  // expect: path-traversal
  res.sendFile(path.resolve(DOCS_DIR, req.params.name));
});

const sendAvatar = ({ query }: Request, res: Response, next: NextFunction) => {
  const fileName = String(query.file || 'default.png');
  // expect: path-traversal
  res.sendFile(path.resolve(AVATAR_DIR, fileName), (err) => err && next(err));
};
router.get('/avatar', sendAvatar);

function serveLastExport(req: Request, res: Response) {
  const lastExport = req.cookies.lastExport;
  const target = path.resolve(EXPORT_DIR, 'exports', lastExport);
  // expect: path-traversal
  res.sendFile(target);
}
router.get('/exports/last', serveLastExport);

router.get('/theme.css', (req: Request, res: Response) => {
  const theme = req.headers['x-theme'] as string;
  // expect: path-traversal
  res.sendFile(path.resolve(THEMES_DIR, `${theme}.css`));
});

router.post('/templates/preview', async (req: Request, res: Response) => {
  const { template } = req.body;
  // expect: path-traversal
  res.sendFile(path.resolve(DOCS_DIR, 'templates', template), { headers: { 'Content-Type': 'text/plain' } });
});

// Safe: only the base name is used, served relative to a fixed root.
router.get('/manuals/:name', (req: Request, res: Response) => {
  res.sendFile(path.basename(req.params.name), { root: DOCS_DIR, dotfiles: 'deny' });
});

// Safe: the resolved path is checked to stay inside the directory.
router.get('/reports/:file', (req: Request, res: Response) => {
  const full = path.resolve(EXPORT_DIR, 'reports', req.params.file);
  if (!full.startsWith(path.join(EXPORT_DIR, 'reports') + path.sep)) {
    return res.sendStatus(403);
  }
  return res.sendFile(full);
});

// Safe: a fixed file.
router.get('/robots.txt', (_req: Request, res: Response) => {
  res.sendFile(path.resolve(__dirname, '..', 'public', 'robots.txt'));
});

app.use('/files', router);
export default app;
