const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const UPLOAD_DIR = path.join(__dirname, '..', 'uploads');
const AVATAR_DIR = path.join(__dirname, '..', 'avatars');

router.get('/files', function download(req, res) {
  // expect: path-traversal
  const filePath = path.join(UPLOAD_DIR, req.query.name);
  fs.createReadStream(filePath).pipe(res);
});

router.post('/files/rename', function rename(req, res, next) {
  const { from, to } = req.body;
  // expect: path-traversal
  const src = path.resolve(UPLOAD_DIR, from);
  // expect: path-traversal
  const dst = path.resolve(UPLOAD_DIR, to);
  fs.rename(src, dst, (err) => (err ? next(err) : res.sendStatus(204)));
});

router.delete('/avatars/:user', function removeAvatar(req, res) {
  const user = req.params.user;
  // expect: path-traversal
  fs.unlink(path.join(AVATAR_DIR, user + '.png'), () => res.sendStatus(204));
});

router.get('/files-safe', function downloadSafe(req, res) {
  const name = path.basename(String(req.query.name || ''));
  const filePath = path.join(UPLOAD_DIR, name);
  if (!filePath.startsWith(UPLOAD_DIR + path.sep)) {
    return res.sendStatus(400);
  }
  fs.createReadStream(filePath).pipe(res);
});

router.get('/terms', function terms(req, res) {
  res.type('text/plain');
  fs.createReadStream(path.join(__dirname, '..', 'static', 'terms.txt')).pipe(res);
});

module.exports = router;
