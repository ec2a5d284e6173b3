// Download routes of the document portal (Express + TypeScript).
// Customers fetch their invoices and the shared brochures; staff fetch exports.
import express, { Request, Response } from 'express';
import path from 'path';

const INVOICE_DIR = path.resolve(__dirname, '../storage/invoices');
const BROCHURE_DIR = path.resolve(__dirname, '../storage/brochures');
const EXPORT_DIR = path.resolve(__dirname, '../storage/exports');

const router = express.Router();

router.get('/invoices/:file', function invoice(req: Request, res: Response) {
  // expect: path-traversal
  res.sendFile(path.resolve(INVOICE_DIR, req.params.file));
});

router.get('/brochures', function brochure(req: Request, res: Response) {
  const name = String(req.query.name || 'catalogue.pdf');
  // expect: path-traversal
  res.sendFile(path.resolve(BROCHURE_DIR, name));
});

router.get('/exports/latest', function latestExport(req: Request, res: Response) {
  res.sendFile(path.resolve(EXPORT_DIR, 'latest.csv'));
});

router.get('/exports/:day', function exportForDay(req: Request, res: Response) {
  const day = req.params.day;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    res.status(400).send('bad day');
    return;
  }
  res.sendFile(path.resolve(EXPORT_DIR, `${day}.csv`));
});

router.get('/shared/:file', function shared(req: Request, res: Response) {
  const target = path.resolve(BROCHURE_DIR, req.params.file);
  if (!target.startsWith(BROCHURE_DIR + path.sep)) {
    res.status(404).end();
    return;
  }
  res.sendFile(target);
});

router.get('/legacy/:folder/:file', function legacy(req: Request, res: Response) {
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORT_DIR, req.params.folder, req.params.file));
});

router.get('/attachments/:file', function attachment(req: Request, res: Response) {
  res.sendFile(path.basename(req.params.file), { root: INVOICE_DIR, dotfiles: 'deny' });
});

export default router;
