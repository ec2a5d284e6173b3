import express, { NextFunction, Request, Response } from 'express';
import path from 'path';

const router = express.Router();
const REPORT_ROOT = path.resolve(__dirname, '..', 'reports');

router.get('/reports/file', ({ query }: Request, res: Response, next: NextFunction) => {
  // expect: path-traversal
  res.sendFile(path.resolve(REPORT_ROOT, String(query.name)));
});

router.get('/reports/:year/:file', ({ params }: Request, res: Response) => {
  // expect: path-traversal
  res.sendFile(path.resolve(REPORT_ROOT, params.year, params.file));
});

export function sendInvoice(req: Request, res: Response): void {
  const invoice = req.query.invoice as string;
  // expect: path-traversal
  res.sendFile(path.resolve('/srv/invoices', invoice));
}

export async function sendExport(req: Request, res: Response): Promise<void> {
  const { folder, name } = req.body as { folder: string; name: string };
  // expect: path-traversal
  res.sendFile(path.resolve(REPORT_ROOT, folder, `${name}.csv`));
}

// Safe look-alikes: a containment check before sending, a fixed file, and the root option.
router.get('/reports/checked', (req: Request, res: Response) => {
  const file = path.resolve(REPORT_ROOT, String(req.query.name));
  if (!file.startsWith(REPORT_ROOT + path.sep)) {
    res.status(400).end();
    return;
  }
  res.sendFile(file);
});

router.get('/reports/latest', (_req: Request, res: Response) => {
  res.sendFile(path.resolve(REPORT_ROOT, 'latest.pdf'));
});

router.get('/reports/public/:name', (req: Request, res: Response) => {
  res.sendFile(req.params.name, { root: path.join(REPORT_ROOT, 'public') });
});

router.get('/reports/invoice', sendInvoice);
router.post('/reports/export', sendExport);

export default router;
