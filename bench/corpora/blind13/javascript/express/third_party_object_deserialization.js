// library: express + node-serialize / serialize-to-js (object deserialisation)
const express = require('express');
const cookieParser = require('cookie-parser');
const nodeSerialize = require('node-serialize');
const { deserialize } = require('serialize-to-js');

const app = express();
app.use(cookieParser(process.env.COOKIE_SECRET));
app.use(express.text({ type: 'application/x-profile' }));

app.get('/preferences', (req, res) => {
  const raw = Buffer.from(req.cookies.prefs || '', 'base64').toString();
  // expect: deserialization
  const prefs = nodeSerialize.unserialize(raw);
  res.json({ theme: prefs.theme });
});

app.post('/profile/import', (req, res) => {
  // expect: deserialization
  const profile = deserialize(req.body);
  res.json({ imported: Object.keys(profile).length });
});

app.get('/preferences/v2', (req, res) => {
  const prefs = JSON.parse(req.signedCookies.prefs || '{}');
  res.json({ theme: prefs.theme === 'dark' ? 'dark' : 'light' });
});

app.post('/preferences/v2', express.json(), (req, res) => {
  const cookie = JSON.stringify({ theme: String(req.body.theme) });
  res.cookie('prefs', cookie, { signed: true, httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('snapshot', nodeSerialize.serialize({ savedAt: Date.now() }), { httpOnly: true, secure: true });
  res.sendStatus(204);
});

module.exports = app;
