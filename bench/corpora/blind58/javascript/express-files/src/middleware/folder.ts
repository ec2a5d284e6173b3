import type { NextFunction, Request, Response } from 'express';

/**
 * Picks the working folder for the file routes: the X-Folder header wins,
 * then ?folder=, then the account's home folder.
 */
export function folderFromRequest(req: Request, res: Response, next: NextFunction): void {
  const headerFolder = req.header('x-folder');
  const queryFolder = typeof req.query.folder === 'string' ? req.query.folder : undefined;
  res.locals.folder = headerFolder ?? queryFolder ?? 'home';
  res.locals.archiveName = 'export.zip';
  next();
}
