import express from 'express';
import { getFileContent, getFileContentChecked } from '../database/file-storage';

export const createHttpPlatform = () => {
  const router = express.Router();

  router.get('/storage/get/:file(*)', async (req, res) => {
    try {
      const data = await getFileContent(req.params.file);
      res.attachment(req.params.file.split('/').pop());
      res.send(data);
    } catch {
      res.sendStatus(404);
    }
  });

  router.get('/storage/view/:file(*)', async (req, res) => {
    try {
      res.send(await getFileContentChecked(req.params.file));
    } catch {
      res.sendStatus(404);
    }
  });

  return router;
};
