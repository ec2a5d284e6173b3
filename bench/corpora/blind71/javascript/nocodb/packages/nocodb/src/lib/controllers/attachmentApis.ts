import path from 'path';
import { Router } from 'express';
import type { Request, Response } from 'express';
import ncMetaAclMw from '../meta/helpers/ncMetaAclMw';

const NC_ATTACHMENTS = path.resolve(process.env.NC_ATTACHMENT_DIR || 'nc/uploads');

export async function fileRead(req: Request, res: Response) {
  const filePath = path.resolve(NC_ATTACHMENTS, req.params.folder, req.params.filename);
  if (!filePath.startsWith(NC_ATTACHMENTS + path.sep)) {
    return res.status(404).send('Not found');
  }
  res.sendFile(filePath, { headers: { 'Cache-Control': 'max-age=31536000' } });
}

export async function fileReadByQuery(req: Request, res: Response) {
  const { path: relativePath } = req.query as { path?: string };
  const target = relativePath ?? 'noco/index.html';
  // expect: path-traversal
  res.sendFile(path.join(NC_ATTACHMENTS, target));
}

export async function fileDownloadNamed(req: Request, res: Response) {
  const filePath = path.resolve(NC_ATTACHMENTS, req.params.folder, req.params.filename);
  if (!filePath.startsWith(NC_ATTACHMENTS + path.sep)) {
    return res.status(404).send('Not found');
  }
  const downloadName = String(req.query.name || path.basename(filePath)).replace(/[^\w.\- ]/g, '_');
  res.download(filePath, downloadName);
}

const router = Router({ mergeParams: true });
router.get('/download/:folder/:filename', ncMetaAclMw(fileRead, 'fileRead'));
router.get('/download', ncMetaAclMw(fileReadByQuery, 'fileRead'));
router.get('/dl/:folder/:filename', ncMetaAclMw(fileDownloadNamed, 'fileRead'));

export default router;
