import { Router } from 'express';
import { FileController } from '../controllers/FileController';
import { folderFromRequest } from '../middleware/folder';

const controller = new FileController();
export const filesRouter = Router();

filesRouter.use(folderFromRequest);
filesRouter.get('/notes/:name', controller.note);
filesRouter.get('/checked/:name', controller.noteChecked);
filesRouter.post('/notes', controller.save);
filesRouter.get('/download', controller.download);
filesRouter.get('/assets/:asset', controller.asset);
filesRouter.get('/archive', controller.archive);
filesRouter.get('/exports/:file', controller.exportFile);
filesRouter.get('/raw/*', controller.raw);
