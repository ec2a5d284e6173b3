import express, { Request, Response, NextFunction } from 'express';
import path from 'path';

// Download endpoints for generated reports and user attachments.
const router = express.Router();
const REPORTS_DIR = '/var/app/reports';
const PUBLIC_DIR = path.join(__dirname, 'public');

router.get('/reports/download', function (req, res) {
  // expect: path-traversal
  res.sendFile(path.join(REPORTS_DIR, req.query.file as string));
});

router.get('/attachments/:name', function attachment(req, res, next) {
  const target = `/srv/attachments/${req.params.name}`;
  // expect: path-traversal
  res.sendFile(target, (err) => {
    if (err) next(err);
  });
});

router.get('/legacy/file', function (req: Request, res: Response) {
  // expect: path-traversal
  (res as any).sendfile(req.query.path);
});

router.post('/export', ({ body }: Request, res: Response, next: NextFunction) => {
  const file = path.resolve(REPORTS_DIR, body.filename);
  // expect: path-traversal
  res.sendFile(file, { headers: { 'Content-Type': 'text/csv' } }, next);
});

// Safe look-alikes: the `root` option (send refuses paths that leave it), a
// basename, and a constant file.
router.get('/assets/:name', function (req, res) {
  res.sendFile(req.params.name, { root: PUBLIC_DIR, dotfiles: 'deny' });
});

router.get('/reports/latest/:id', function (req, res) {
  const name = path.basename(String(req.params.id)) + '.pdf';
  res.sendFile(path.join(REPORTS_DIR, name));
});

router.get('/robots.txt', function (req, res) {
  res.sendFile(path.join(PUBLIC_DIR, 'robots.txt'));
});

export default router;
