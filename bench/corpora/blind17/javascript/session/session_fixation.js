// library: express-session + passport-free login
const express = require('express');
const session = require('express-session');
const bcrypt = require('bcrypt');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));

const users = new Map();

app.post('/login', async (req, res) => {
  const user = users.get(req.body.username);
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  // expect: session-fixation
  req.session.userId = user.id;
  res.redirect('/');
});

app.post('/login-safe', async (req, res, next) => {
  const user = users.get(req.body.username);
  if (!user || !(await bcrypt.compare(req.body.password, user.hash))) return res.sendStatus(401);
  req.session.regenerate((err) => {
    if (err) return next(err);
    req.session.userId = user.id;
    req.session.save(() => res.redirect('/'));
  });
});

app.post('/prefs', (req, res) => {
  req.session.theme = req.body.theme === 'dark' ? 'dark' : 'light';
  res.sendStatus(204);
});

module.exports = app;
