import express from 'express';
import mime from 'mime';

export class FilesRouter {
  expressRouter() {
    const router = express.Router();
    router.get('/files/:appId/:filename', this.getHandler);
    router.get('/files/:appId/checked/:filename', this.getCheckedHandler);
    return router;
  }

  async getHandler(req, res) {
    const adapter = req.config.filesController.adapter;
    const filename = req.params.filename;
    try {
      const data = await adapter.getFileData(filename);
      res.status(200).set('Content-Type', mime.getType(filename) || 'application/octet-stream').end(data);
    } catch (e) {
      res.status(404).set('Content-Type', 'text/plain').end('File not found.');
    }
  }

  async getCheckedHandler(req, res) {
    const adapter = req.config.filesController.adapter;
    try {
      const data = await adapter.getFileDataChecked(req.params.filename);
      res.status(200).set('Content-Type', 'application/octet-stream').end(data);
    } catch (e) {
      res.status(404).set('Content-Type', 'text/plain').end('File not found.');
    }
  }
}
