import express, { NextFunction, Request, Response } from 'express';
import path from 'path';

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/download', function download(req, res) {
  // expect: path-traversal
  res.sendFile(req.query.path as string);
});

app.get('/uploads/:name', function upload(req, res) {
  // expect: path-traversal
  res.sendFile(path.join(UPLOADS, req.params.name));
});

app.post('/export', function exportFile(req, res) {
  const target = req.body.file;
  // expect: path-traversal
  res.sendfile(target);
});

const avatar = ({ params }: Request, res: Response, next: NextFunction) => {
  // expect: path-traversal
  res.sendFile(`${UPLOADS}/avatars/${params.user}.png`);
};
app.get('/avatars/:user', avatar);

app.get('/uploads-safe/:name', function uploadSafe(req, res) {
  res.sendFile(req.params.name, { root: UPLOADS, dotfiles: 'deny' });
});

app.get('/', function index(req, res) {
  res.sendFile(path.join(__dirname, 'public', 'index.html'));
});

export default app;
