import express, { NextFunction, Request, Response } from 'express';
import path from 'path';

const router = express.Router();
const UPLOADS = path.resolve(process.env.UPLOAD_DIR || '/srv/uploads');
const EXPORTS_DIR = '/var/exports/';

router.get('/files/:name', function download(req, res) {
  // expect: path-traversal
  res.sendFile(path.join(UPLOADS, req.params.name));
});

router.get('/avatar', function avatar(req, res, next) {
  const file = req.query.file as string;
  // expect: path-traversal
  res.sendFile(file, { root: '/', maxAge: '1d' }, (err) => err && next(err));
});

router.get('/legacy/doc', function legacyDoc(req, res) {
  const doc = req.headers['x-doc-path'];
  // expect: path-traversal
  (res as any).sendfile(EXPORTS_DIR + doc);
});

router.get('/export', function exportFile(req, res, next) {
  const target = path.resolve(EXPORTS_DIR, String(req.query.name));
  // expect: path-traversal
  res.sendFile(target, (err) => {
    if (err) next(err);
  });
});

export function sendReport(res: Response, reportName: string) {
  // expect: path-traversal
  res.sendFile('/var/reports/' + reportName + '.pdf');
}

router.get('/reports/:id', (req: Request, res: Response) => sendReport(res, req.params.id));

router.get('/static/:name', function staticFile(req, res) {
  // Safe: root set, dotfiles denied; send refuses paths that leave the root.
  res.sendFile(req.params.name, { root: UPLOADS, dotfiles: 'deny' });
});

router.get('/thumb/:name', function thumb(req, res) {
  // Safe: basename only, under a fixed directory, checked.
  const p = path.join(UPLOADS, 'thumbs', path.basename(req.params.name));
  if (!p.startsWith(UPLOADS + path.sep)) return res.sendStatus(400);
  res.sendFile(p);
});

router.get('/robots.txt', function robots(req: Request, res: Response, next: NextFunction) {
  // Safe: a constant file.
  res.sendFile(path.join(__dirname, 'public', 'robots.txt'));
});

export default router;
