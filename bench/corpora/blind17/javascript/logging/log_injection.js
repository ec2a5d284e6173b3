// library: express + fs audit log (plain-text lines)
const fs = require('fs');
const express = require('express');

const router = express.Router();
const AUDIT = '/var/log/app/audit.log';

function clean(s) {
  return String(s).replace(/[\r\n\u2028\u2029]+/g, ' ');
}

router.post('/login', express.urlencoded({ extended: false }), (req, res) => {
  const ok = req.body.password === process.env.DEMO_PASSWORD;
  if (!ok) {
    // expect: log-injection
    fs.appendFileSync(AUDIT, `${new Date().toISOString()} login failed user=${req.body.username}\n`);
    return res.status(401).end();
  }
  fs.appendFileSync(AUDIT, `${new Date().toISOString()} login ok user=${clean(req.body.username)}\n`);
  res.redirect('/');
});

router.get('/download/:file', (req, res) => {
  // expect: log-injection
  console.info('download requested: ' + req.params.file + ' by ' + req.get('user-agent'));
  console.info('download requested: %s', JSON.stringify(req.params.file));
  res.sendFile(req.params.file, { root: '/srv/files' });
});

module.exports = router;
