// library: express-session / cookie-parser (secrets)
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const RedisStore = require('connect-redis').default;

const app = express();

app.use(session({
  store: new RedisStore({ client: require('./redis') }),
  // expect: hardcoded-secret
  secret: 'keyboard cat 8f3e1a',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

const adminApp = express();
adminApp.use(session({
  secret: process.env.ADMIN_SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
}));

const rotating = express();
rotating.use(session({
  secret: [process.env.SESSION_SECRET_NEW, process.env.SESSION_SECRET_OLD],
  resave: false,
  saveUninitialized: false,
}));

// expect: hardcoded-secret
app.use(cookieParser('cookie-signing-5d2c9b7e'));
adminApp.use(cookieParser(process.env.COOKIE_SECRET));

module.exports = { app, adminApp, rotating };
