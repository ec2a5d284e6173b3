// library: express + child_process (job runner environment)
const express = require('express');
const { spawn } = require('child_process');

const router = express.Router();
router.use(express.json());

router.post('/jobs/run', (req, res) => {
  // expect: env-injection
  const child = spawn('node', ['jobs/report.js'], { env: { ...process.env, ...req.body.env } });
  child.on('close', (code) => res.json({ code }));
});

router.post('/settings/env', (req, res) => {
  // expect: env-injection
  process.env[req.body.name] = req.body.value;
  res.sendStatus(204);
});

const PASSABLE = ['REPORT_MONTH', 'REPORT_FORMAT'];
router.post('/jobs/run-safe', (req, res) => {
  const extra = {};
  for (const k of PASSABLE) if (typeof req.body.env?.[k] === 'string') extra[k] = req.body.env[k];
  const child = spawn('node', ['jobs/report.js'], { env: { PATH: process.env.PATH, ...extra } });
  child.on('close', (code) => res.json({ code }));
});

router.post('/settings/locale', (req, res) => {
  process.env.APP_LOCALE = ['en', 'de', 'fr'].includes(req.body.locale) ? req.body.locale : 'en';
  res.sendStatus(204);
});

module.exports = router;
