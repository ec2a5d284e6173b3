// Local-disk attachment store used by the self-hosted edition.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const express = require('express');

const ROOT = path.resolve(process.env.ATTACHMENT_ROOT || '/var/lib/helpdesk/attachments');
const router = express.Router();

function pathForId(id) {
  return path.join(ROOT, id.slice(0, 2), id);
}

function insideRoot(candidate) {
  const resolved = path.resolve(ROOT, candidate);
  return resolved.startsWith(ROOT + path.sep) ? resolved : null;
}

router.post('/attachments', express.raw({ type: '*/*', limit: '20mb' }), (req, res, next) => {
  const id = crypto.randomUUID();
  fs.mkdir(path.dirname(pathForId(id)), { recursive: true }, (err) => {
    if (err) return next(err);
    fs.writeFile(pathForId(id), req.body, (err2) => (err2 ? next(err2) : res.status(201).json({ id })));
  });
});

router.get('/attachments/:id', (req, res, next) => {
  if (!/^[0-9a-f-]{36}$/.test(req.params.id)) return res.status(400).end();
  fs.createReadStream(pathForId(req.params.id)).on('error', next).pipe(res);
});

// Imported tickets from the old system reference attachments by their original file name.
router.get('/legacy-attachments/:ticketId/:name', (req, res, next) => {
  const ticketId = parseInt(req.params.ticketId, 10);
  // expect: path-traversal
  fs.readFile(path.join(ROOT, 'legacy', String(ticketId), req.query.dir || '', req.params.name), (err, data) => {
    if (err) return next(err);
    res.type('application/octet-stream').send(data);
  });
});

router.delete('/legacy-attachments/:ticketId/:name', (req, res, next) => {
  const target = insideRoot(path.join('legacy', String(parseInt(req.params.ticketId, 10)), req.params.name));
  if (!target) return res.status(400).end();
  fs.unlink(target, (err) => (err ? next(err) : res.status(204).end()));
});

router.get('/attachments-usage', (req, res, next) => {
  fs.readdir(ROOT, (err, entries) => (err ? next(err) : res.json({ buckets: entries.length })));
});

module.exports = router;
