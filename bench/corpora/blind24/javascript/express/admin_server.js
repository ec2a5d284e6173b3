// Admin console, separate process; no helmet here.
const express = require('express');
const cookieParser = require('cookie-parser');
const cors = require('cors');

const app = express();
// expect: hardcoded-secret
app.use(cookieParser('admin-cookie-signing-key'));

app.use(cors({
  // expect: insecure-cors
  origin: (origin, cb) => cb(null, true),
  credentials: true,
}));

app.use((req, res, next) => {
  // expect: insecure-cors
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.get('/whoami', (req, res) => {
  res.type('text/plain').send(req.signedCookies.admin || 'anonymous');
});

app.post('/session', (req, res) => {
  res.cookie('admin', req.body.user, { signed: true, httpOnly: true, secure: true, sameSite: 'strict' });
  res.sendStatus(204);
});

app.get('/notice', (req, res) => {
  // expect: xss
  res.write('<div class="notice">' + req.query.msg + '</div>');
  res.end();
});

module.exports = app;
