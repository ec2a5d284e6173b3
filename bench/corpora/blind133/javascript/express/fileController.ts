import express, { Request, Response } from 'express';
import path from 'path';

const app = express.Router();
const UPLOADS = path.resolve(__dirname, '..', 'uploads');
const LOG_DIR = '/var/log/app';
const PUBLIC = path.resolve(__dirname, '..', 'public');

app.get('/uploads/:file', function download(req, res) {
  // expect: path-traversal
  res.sendFile(path.resolve(UPLOADS, req.params.file));
});

export function serveLog(name: string, res: Response) {
  // expect: path-traversal
  res.sendFile(path.resolve(LOG_DIR, name));
}

export function serveAttachment(req: Request, res: Response) {
  const { ticketId, attachment } = req.query as Record<string, string>;
  // expect: path-traversal
  res.sendFile(path.resolve(UPLOADS, 'tickets', ticketId, attachment));
}

app.get('/', function home(req, res) {
  res.sendFile(path.resolve(PUBLIC, 'index.html'));
});

app.get('/thumbs/:file', function thumb(req, res) {
  res.sendFile(req.params.file, { root: path.join(UPLOADS, 'thumbs') });
});

app.get('/logs/:name', (req: Request, res: Response) => serveLog(req.params.name, res));
app.get('/attachments', serveAttachment);

export default app;
