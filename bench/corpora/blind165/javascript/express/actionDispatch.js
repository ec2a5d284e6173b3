// JSON-RPC style endpoint of the team workspace API: the client names an action and a
// resource kind, the server looks them up in its tables.
'use strict';

const express = require('express');

const actions = {
  archive: (ws, args) => ws.archive(args.id),
  rename: (ws, args) => ws.rename(args.id, args.name),
  share: (ws, args) => ws.share(args.id, args.email),
};

const serializers = {
  doc: (d) => ({ id: d.id, title: d.title }),
  folder: (f) => ({ id: f.id, name: f.name, size: f.items.length }),
};

const limits = new Map([
  ['free', 3],
  ['team', 50],
]);

const router = express.Router();

router.post('/rpc', (req, res) => {
  // expect: code-injection
  const handler = actions[req.body.action];
  if (typeof handler !== 'function') return res.status(400).json({ error: 'unknown action' });
  return res.json({ ok: true, result: handler(req.workspace, req.body.args || {}) });
});

router.get('/items/:kind/:id', async (req, res) => {
  // expect: code-injection
  const serialize = serializers[req.params.kind];
  const item = await req.workspace.find(req.params.kind, req.params.id);
  res.json(serialize(item));
});

router.post('/rpc/v2', (req, res) => {
  const name = String(req.body.action);
  if (!Object.prototype.hasOwnProperty.call(actions, name)) return res.status(400).end();
  res.json({ ok: true, result: actions[name](req.workspace, req.body.args || {}) });
});

router.get('/limits', (req, res) => {
  const plan = String(req.query.plan);
  res.json({ plan, limit: limits.get(plan) || 0 });
});

router.get('/columns', (req, res) => {
  const columns = ['title', 'owner', 'updated'];
  const out = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    out.push({ column, sortable: column !== 'owner' });
  }
  res.json(out);
});

router.post('/prefs', (req, res) => {
  const prefs = req.user.prefs;
  // expect: code-injection
  const current = prefs[req.body.section];
  current[req.body.key] = req.body.value;
  res.json({ ok: true });
});

module.exports = router;
