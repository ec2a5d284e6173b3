'use strict';

const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis')(session);
const redis = require('./redisClient');

const web = express.Router();
const widgets = express.Router();
const partner = express.Router();

// expect: secret
web.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// expect: secret
widgets.use(cookieSession({ keys: [process.env.WIDGET_KEY_CURRENT, process.env.WIDGET_KEY_PREVIOUS], maxAge: 7 * 24 * 3600 * 1000 }));

// expect: secret
partner.use(session({ name: 'partner.sid', secret: process.env.PARTNER_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false, maxAge: 3600000 } }));

const expiryDate = new Date(Date.now() + 8 * 60 * 60 * 1000);
const hardenedOptions = {
  name: 'console.sid',
  secret: process.env.CONSOLE_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: {
    secure: true,
    httpOnly: true,
    domain: 'console.example.com',
    path: '/',
    expires: expiryDate,
    sameSite: 'strict',
  },
};

const consoleApp = express.Router();
consoleApp.use(session(hardenedOptions));

const sessionStore = new session.MemoryStore();
sessionStore.on('disconnect', () => console.warn('session store disconnected'));

module.exports = { web, widgets, partner, consoleApp };
