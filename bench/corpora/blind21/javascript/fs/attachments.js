// fs: an attachments store used by a helpdesk app (read, write, delete, stream by name)
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const express = require('express');

const ROOT = path.resolve(process.env.ATTACHMENTS_DIR || '/var/helpdesk/attachments');
const router = express.Router();

function safeJoin(...parts) {
  const full = path.resolve(ROOT, ...parts);
  if (full !== ROOT && !full.startsWith(ROOT + path.sep)) throw new Error('path escapes root');
  return full;
}

router.get('/tickets/:ticket/attachments/:name', async (req, res) => {
  // expect: path-traversal
  const data = await fsp.readFile(path.join(ROOT, req.params.ticket, req.params.name));
  res.type(path.extname(req.params.name)).send(data);
});

router.get('/v2/tickets/:ticket/attachments/:name', async (req, res) => {
  const data = await fsp.readFile(safeJoin(req.params.ticket, req.params.name));
  res.type(path.extname(req.params.name)).send(data);
});

router.get('/tickets/:ticket/stream', (req, res) => {
  const file = req.query.file;
  // expect: path-traversal
  fs.createReadStream(ROOT + '/' + req.params.ticket + '/' + file).on('error', () => res.sendStatus(404)).pipe(res);
});

router.put('/tickets/:ticket/attachments/:name', express.raw({ limit: '10mb', type: '*/*' }), async (req, res) => {
  const dir = path.join(ROOT, String(Number(req.params.ticket)));
  await fsp.mkdir(dir, { recursive: true });
  await fsp.writeFile(path.join(dir, path.basename(req.params.name)), req.body);
  res.sendStatus(201);
});

router.post('/tickets/:ticket/notes', express.json(), async (req, res) => {
  const { filename, text } = req.body;
  // expect: path-traversal
  await fsp.writeFile(path.join(ROOT, 'notes', filename), text);
  res.sendStatus(201);
});

router.delete('/tickets/:ticket/attachments/:name', async (req, res) => {
  // expect: path-traversal
  fs.unlink(`${ROOT}/${req.params.ticket}/${req.params.name}`, (err) => res.sendStatus(err ? 404 : 204));
});

router.delete('/v2/tickets/:ticket/attachments/:name', async (req, res) => {
  try {
    await fsp.unlink(safeJoin(req.params.ticket, path.basename(req.params.name)));
    res.sendStatus(204);
  } catch {
    res.sendStatus(404);
  }
});

router.get('/tickets/:ticket/list', async (req, res) => {
  const names = await fsp.readdir(safeJoin(req.params.ticket));
  res.json(names);
});

router.get('/templates/:lang', (req, res) => {
  const lang = ['en', 'de', 'es'].includes(req.params.lang) ? req.params.lang : 'en';
  res.type('text/plain').send(fs.readFileSync(path.join(__dirname, 'templates', `reply.${lang}.txt`), 'utf8'));
});

module.exports = router;
