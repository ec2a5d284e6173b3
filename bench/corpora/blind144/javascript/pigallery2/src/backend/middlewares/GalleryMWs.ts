import { NextFunction, Request, Response } from 'express';
import * as fs from 'fs';
import * as path from 'path';
import { ObjectManagers } from '../model/ObjectManagers';
import { ProjectPath } from '../ProjectPath';

export class GalleryMWs {
  public static async loadFile(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (!req.params['mediaPath']) {
      return next();
    }
    const fullMediaPath = path.join(ProjectPath.ImageFolder, req.params['mediaPath']);
    if (!fs.existsSync(fullMediaPath)) {
      return next(new Error('no such file: ' + req.params['mediaPath']));
    }
    req.resultPipe = fullMediaPath;
    return next();
  }

  public static async loadBestFitVideo(req: Request, res: Response, next: NextFunction): Promise<void> {
    const fullMediaPath = path.resolve(ProjectPath.ImageFolder, ProjectPath.normalizeRelative(req.params['mediaPath']));
    if (!fullMediaPath.startsWith(ProjectPath.ImageFolder + path.sep)) {
      return next(new Error('invalid path'));
    }
    req.resultPipe = fullMediaPath;
    return next();
  }

  public static async search(req: Request, res: Response, next: NextFunction): Promise<void> {
    const text = req.params['text'] || '';
    const exact = req.query['exact'] === 'true';
    req.resultPipe = await ObjectManagers.getInstance().SearchManager.search(text, exact);
    return next();
  }
}
