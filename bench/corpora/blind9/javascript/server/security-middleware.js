// library: Express with helmet, cors, express-session
const cors = require('cors');
const express = require('express');
const helmet = require('helmet');
const session = require('express-session');

const app = express();

app.use(
  helmet({
    // expect: helmet-disabled
    contentSecurityPolicy: false,
    // expect: helmet-disabled
    frameguard: false,
    crossOriginEmbedderPolicy: false,
  }),
);

app.use(
  '/api',
  cors({
    // expect: cors-misconfiguration
    origin: '*',
    credentials: true,
  }),
);

app.use('/public', cors({ origin: '*' }));
app.use('/partner', cors({ origin: ['https://partner.example.com'], credentials: true }));

app.use(
  session({
    // expect: hardcoded-secret
    secret: 'keyboard cat',
    resave: false,
    saveUninitialized: false,
    // expect: insecure-cookie
    cookie: { secure: false, httpOnly: false, maxAge: 86400000 },
  }),
);

app.use(
  '/admin',
  session({
    secret: process.env.ADMIN_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
  }),
);

module.exports = app;
