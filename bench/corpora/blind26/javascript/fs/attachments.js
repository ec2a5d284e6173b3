const fs = require('fs');
const path = require('path');

const UPLOADS = path.join(__dirname, 'uploads');

function readAttachment(req, res) {
  const name = req.params.name;
  // expect: path-traversal
  fs.readFile(path.join(UPLOADS, name), (err, data) => {
    if (err) return res.status(404).end();
    res.send(data);
  });
}

function removeAttachment(req, res) {
  // expect: path-traversal
  fs.unlinkSync(UPLOADS + '/' + req.body.file);
  res.status(204).end();
}

function readAttachmentSafe(req, res) {
  const full = path.resolve(UPLOADS, path.basename(req.params.name));
  if (!full.startsWith(UPLOADS + path.sep)) return res.status(400).end();
  fs.readFile(full, (err, data) => (err ? res.status(404).end() : res.send(data)));
}

function readme() {
  return fs.readFileSync(path.join(__dirname, 'README.md'), 'utf8');
}

module.exports = { readAttachment, removeAttachment, readAttachmentSafe, readme };
