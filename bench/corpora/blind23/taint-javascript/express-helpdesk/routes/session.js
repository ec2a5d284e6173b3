// express-helpdesk: login flow and agent assignment
const express = require('express');
const path = require('path');
const fs = require('fs');
const { pick, localPath, flag } = require('../utils/input');
const { runSql, withTx } = require('../utils/run');

const router = express.Router();
const AVATARS = path.join(__dirname, '..', 'avatars');

router.post('/login', async (req, res) => {
  const next = pick(req, 'next') ?? req.get('x-return-to') ?? '/';
  req.session.user = req.body.user;
  if (flag(req.body.remember)) req.session.cookie.maxAge = 30 * 86400000;
  // expect: open-redirect
  res.redirect(next);
});

router.post('/v2/login', async (req, res) => {
  req.session.user = req.body.user;
  res.redirect(localPath(pick(req, 'next')));
});

router.get('/agents/:name/avatar', (req, res) => {
  const { name } = req.params;
  const file = name.endsWith('.png') ? name : `${name}.png`;
  // expect: path-traversal
  fs.createReadStream(path.join(AVATARS, file)).pipe(res.type('image/png'));
});

router.get('/v2/agents/:name/avatar', (req, res) => {
  const file = `${path.basename(req.params.name)}.png`;
  fs.createReadStream(path.join(AVATARS, file)).pipe(res.type('image/png'));
});

router.post('/assign', async (req, res) => {
  const { ticketId, agent } = req.body;
  await withTx(async (client) => {
    // expect: sql-injection
    await client.query(`UPDATE tickets SET agent = '${agent}' WHERE id = ${Number(ticketId)}`);
    await client.query('INSERT INTO audit(action, ticket) VALUES ($1, $2)', ['assign', ticketId]);
  });
  res.sendStatus(204);
});

router.get('/agents', async (_req, res) => {
  res.json(await runSql('SELECT name FROM agents ORDER BY name'));
});

module.exports = router;
