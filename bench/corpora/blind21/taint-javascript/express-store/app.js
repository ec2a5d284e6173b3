// express-store/app.js: wiring of the store's routers and middleware
'use strict';
const express = require('express');
const session = require('express-session');
const helmet = require('helmet');

const products = require('./routes/products');
const account = require('./routes/account');
const media = require('./routes/media');

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json({ limit: '200kb' }));
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  })
);

app.use('/api', products);
app.use(account);
app.use('/admin', requireStaff, media);

function requireStaff(req, res, next) {
  if (req.session.role !== 'staff') return res.sendStatus(403);
  next();
}

app.get('/healthz', (req, res) => res.json({ ok: true }));

app.use((err, req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

if (require.main === module) {
  app.listen(process.env.PORT || 3000);
}

module.exports = app;
