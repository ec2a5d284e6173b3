'use strict';

const express = require('express');
const { exec, execFile } = require('child_process');
const { QueryTypes } = require('sequelize');
const { sequelize } = require('../models');
const { bodyField, getParam } = require('../helpers/params');

const router = express.Router();
const JOBS = { reindex: 'bin/reindex', cleanup: 'bin/cleanup' };

router.use(express.json());

router.post('/jobs/run', (req, res) => {
  const job = bodyField(req, 'job');
  const script = JOBS[job];
  if (!script) {
    return res.status(404).json({ error: 'unknown job' });
  }
  execFile(script, [], (err) => res.json({ ok: !err }));
});

router.post('/jobs/run-args', (req, res) => {
  const job = bodyField(req, 'job');
  const args = bodyField(req, 'args') || '';
  if (!JOBS[job]) {
    return res.status(404).json({ error: 'unknown job' });
  }
  // expect: command-injection
  exec(`${JOBS[job]} ${args}`, (err, stdout) => res.json({ ok: !err, stdout }));
});

router.get('/audit', async (req, res) => {
  const actor = getParam(req, 'actor');
  const rows = await sequelize.query(
    // expect: sql-injection
    'SELECT * FROM audit_log WHERE actor = \'' + actor + '\' ORDER BY at DESC LIMIT 100',
    { type: QueryTypes.SELECT },
  );
  res.json(rows);
});

router.get('/audit/safe', async (req, res) => {
  const rows = await sequelize.query('SELECT * FROM audit_log WHERE actor = $actor ORDER BY at DESC LIMIT 100', {
    bind: { actor: getParam(req, 'actor') },
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

router.get('/audit/since', async (req, res) => {
  const days = parseInt(getParam(req, 'days', '7'), 10);
  if (Number.isNaN(days)) return res.status(400).end();
  const rows = await sequelize.query(`SELECT * FROM audit_log WHERE at > now() - interval '${days} days'`, {
    type: QueryTypes.SELECT,
  });
  res.json(rows);
});

router.post('/maintenance', (req, res) => {
  let mode = bodyField(req, 'mode');
  if (mode !== 'on' && mode !== 'off') {
    mode = 'off';
  }
  exec(`bin/maintenance ${mode}`, (err) => res.json({ ok: !err }));
});

router.post('/maintenance/message', (req, res) => {
  let message = bodyField(req, 'message');
  if (!message) {
    message = 'Back soon';
  }
  // expect: command-injection
  exec(`bin/maintenance banner "${message}"`, (err) => res.json({ ok: !err }));
});

module.exports = router;
