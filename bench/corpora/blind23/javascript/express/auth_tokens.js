// express: API authentication with express-jwt and jsonwebtoken
const express = require('express');
const { expressjwt } = require('express-jwt');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

app.use(
  '/api',
  expressjwt({
    // expect: hardcoded-secret
    secret: 'shhhhhhared-secret',
    algorithms: ['HS256'],
  })
);

app.use(
  '/internal',
  expressjwt({
    secret: process.env.INTERNAL_JWT_SECRET,
    algorithms: ['HS256'],
  })
);

app.post('/token', (req, res) => {
  const claims = { sub: req.body.userId, scope: 'read' };
  const token = jwt.sign(claims, process.env.JWT_SECRET, { expiresIn: '15m' });
  res.json({ token });
});

app.post('/token/legacy', (req, res) => {
  // expect: hardcoded-secret
  const token = jwt.sign({ sub: req.body.userId }, 'legacy-signing-key-1');
  res.json({ token });
});

app.get('/settings/:key', (req, res) => {
  const settings = req.app.locals.settings || {};
  const key = req.params.key;
  if (!Object.prototype.hasOwnProperty.call(settings, key)) return res.sendStatus(404);
  res.json({ value: settings[key] });
});

app.post('/settings', (req, res) => {
  const store = req.app.locals.settings || (req.app.locals.settings = {});
  // expect: prototype-pollution
  store[req.body.key] = req.body.value;
  res.sendStatus(204);
});

module.exports = app;
