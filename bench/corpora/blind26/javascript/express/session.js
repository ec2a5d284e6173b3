const express = require('express');
const session = require('express-session');

const app = express();

app.use(session({
  // expect: hardcoded-secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true },
}));

const adminConfig = {
  name: 'admin.sid',
  // expect: hardcoded-secret
  secret: 's3cr3t-admin-session',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
};
const admin = express.Router();
admin.use(session(adminConfig));

const api = express.Router();
api.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

module.exports = { app, admin, api };
