import path from 'path';
import { Router, Request, Response, NextFunction } from 'express';

const EXPORT_DIR = path.resolve(__dirname, '../../exports');
const router = Router();

export function downloadExport(req: Request, res: Response) {
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORT_DIR, req.params.fileName));
}

export const downloadReport = ({ query }: Request, res: Response, next: NextFunction) => {
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORT_DIR, 'reports', query.name as string));
};

export function downloadAvatar(req: Request, res: Response) {
  const folder = req.headers['x-tenant'] as string;
  // expect: path-traversal
  res.sendFile(path.resolve(EXPORT_DIR, folder, 'avatar.png'));
}

export function downloadSafe(req: Request, res: Response) {
  const name = path.basename(req.params.fileName);
  res.sendFile(name, { root: EXPORT_DIR, dotfiles: 'deny' });
}

export function downloadTemplate(_req: Request, res: Response) {
  res.sendFile(path.resolve(EXPORT_DIR, 'template.xlsx'));
}

router.get('/exports/:fileName', downloadExport);
router.get('/reports', downloadReport);
router.get('/avatar', downloadAvatar);
router.get('/safe/:fileName', downloadSafe);
router.get('/template', downloadTemplate);

export default router;
