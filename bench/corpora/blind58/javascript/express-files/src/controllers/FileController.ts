import type { Request, Response, NextFunction } from 'express';
import path from 'node:path';
import { config } from '../config';
import { storageService, StorageService } from '../services/StorageService';
import { PathOutsideRootError } from '../utils/paths';

export class FileController {
  constructor(private readonly storage: StorageService = storageService) {}

  note = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const text = await this.storage.readNote(res.locals.folder, req.params.name);
      res.type('text/plain').send(text);
    } catch (err) {
      next(err);
    }
  };

  noteChecked = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const text = await this.storage.readNoteChecked(res.locals.folder, req.params.name);
      res.type('text/plain').send(text);
    } catch (err) {
      if (err instanceof PathOutsideRootError) {
        res.status(400).json({ error: 'bad path' });
        return;
      }
      next(err);
    }
  };

  save = async (req: Request, res: Response, next: NextFunction) => {
    try {
      const { name, content = '' } = req.body as { name: string; content?: string };
      await this.storage.saveNote(res.locals.folder, name, content);
      res.status(201).end();
    } catch (err) {
      next(err);
    }
  };

  download = (req: Request, res: Response) => {
    const file = String(req.query.file ?? '');
    // expect: path-traversal
    res.download(path.join(config.exportRoot, file));
  };

  asset = (req: Request, res: Response) => {
    res.sendFile(req.params.asset, { root: config.publicRoot, dotfiles: 'deny' });
  };

  archive = (req: Request, res: Response) => {
    res.download(path.join(config.exportRoot, res.locals.archiveName));
  };

  exportFile = (req: Request, res: Response) => {
    this.storage.openExport(req.params.file).pipe(res);
  };

  raw = (req: Request, res: Response) => {
    const stream = this.storage.openRaw(req.params[0]);
    stream.on('error', () => res.status(404).end());
    stream.pipe(res);
  };
}
