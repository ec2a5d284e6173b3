const express = require('express');
const nodemailer = require('nodemailer');
const { renderFile, renderInline } = require('../lib/templates');

const router = express.Router();
const transport = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587, secure: false, requireTLS: true });

router.post('/preview', (req, res) => {
  const { subjectTemplate, vars = {} } = req.body;
  const subject = renderInline(subjectTemplate || 'Hello {{ name }}', vars);
  const body = renderFile('newsletter', vars);
  res.json({ subject, body });
});

router.post('/send', async (req, res) => {
  const { to, vars = {} } = req.body;
  const html = renderFile('newsletter', vars);
  await transport.sendMail({ from: 'news@example.com', to: String(to), subject: 'Newsletter', html });
  res.json({ sent: true });
});

module.exports = router;
