'use strict';

const express = require('express');
const session = require('express-session');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.set('view engine', 'pug');
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }),
);

app.use('/catalog', require('./routes/catalog'));
app.use('/files', require('./routes/files'));
app.use('/objects', require('./routes/objects'));
app.use('/pages', require('./routes/pages'));
app.use('/admin', require('./routes/admin'));
app.use('/account', require('./routes/account'));
app.use('/snapshots', require('./routes/snapshots'));

app.use((err, req, res, next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

module.exports = app;
