'use strict';

const express = require('express');
const session = require('express-session');
const config = require('config');

const app = express();
const adminApp = express();
const docsApp = express();
const partnerApp = express();
const statusApp = express();

app.use(session({
  // expect: secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: true,
}));

adminApp.use(session({
  name: 'admin.sid',
  // expect: secret
  secret: 'adm1n-S3ss10n-Pr0d-2024!',
  cookie: { secure: true, httpOnly: true, maxAge: 3600000 },
  resave: false,
  saveUninitialized: false,
}));

docsApp.use(session({
  // expect: secret
  secret: '9f2c7e4b81d03a6f5e1c8b7a2d4f6e90',
  resave: false,
  saveUninitialized: false,
}));

// Safe look-alikes: secrets from the environment and from configuration.
partnerApp.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
}));

statusApp.use(session({
  secret: [config.get('session.currentKey'), config.get('session.previousKey')],
  resave: false,
  saveUninitialized: false,
}));

app.use('/admin', adminApp);
app.use('/docs', docsApp);
app.use('/partners', partnerApp);
app.use('/status', statusApp);

module.exports = app;
