'use strict';

// Attachment storage for the ticketing API (local disk on single-node installs).
const fs = require('fs');
const fsp = require('fs').promises;
const path = require('path');

const ROOT = process.env.ATTACHMENT_ROOT || path.join(__dirname, 'attachments');
const INDEX_FILE = path.join(__dirname, 'attachments', 'index.json');

function safeTarget(ticketId, name) {
  const base = path.resolve(ROOT, String(Number(ticketId)));
  const target = path.resolve(base, path.basename(name));
  if (!target.startsWith(base + path.sep)) throw new Error('bad path');
  return target;
}

function registerRoutes(app) {
  app.get('/tickets/:id/files/:name', (req, res) => {
    const file = ROOT + '/' + req.params.id + '/' + req.params.name;
    // expect: path-traversal
    fs.createReadStream(file).on('error', () => res.status(404).end()).pipe(res);
  });

  app.delete('/tickets/:id/files/:name', (req, res) => {
    // expect: path-traversal
    fs.unlink(path.join(ROOT, req.params.id, req.params.name), (err) => {
      res.status(err ? 404 : 204).end();
    });
  });

  app.post('/tickets/:id/files', async (req, res) => {
    const { filename, content } = req.body;
    const dest = `${ROOT}/${req.params.id}/${filename}`;
    // expect: path-traversal
    await fsp.writeFile(dest, Buffer.from(content, 'base64'));
    res.status(201).json({ name: filename });
  });

  app.get('/tickets/:id/files', (req, res) => {
    const dir = path.join(ROOT, req.query.folder || req.params.id);
    // expect: path-traversal
    res.json(fs.readdirSync(dir));
  });

  app.get('/tickets/:id/safe/:name', (req, res) => {
    const target = safeTarget(req.params.id, req.params.name);
    fs.createReadStream(target).on('error', () => res.status(404).end()).pipe(res);
  });
}

function loadIndex() {
  if (!fs.existsSync(INDEX_FILE)) return {};
  return JSON.parse(fs.readFileSync(INDEX_FILE, 'utf8'));
}

function ensureRoot() {
  fs.mkdirSync(ROOT, { recursive: true });
  fs.writeFileSync('/var/run/attachments.pid', String(process.pid));
}

module.exports = { registerRoutes, loadIndex, ensureRoot, safeTarget };
