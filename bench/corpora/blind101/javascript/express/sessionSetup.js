const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis').default;
const { redisClient } = require('../lib/redis');

const app = express();
const admin = express();
const widgets = express();
const legacy = express();

// expect: tls-verify-off
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const adminSession = {
  store: new RedisStore({ client: redisClient }),
  secret: process.env.ADMIN_SESSION_SECRET,
  name: 'admin.sid',
  cookie: { httpOnly: true, maxAge: 3600000 },
};
// expect: tls-verify-off
admin.use(session(adminSession));

// expect: tls-verify-off
widgets.use(cookieSession({ name: 'w', keys: [process.env.WIDGET_KEY], maxAge: 86400000 }));

// expect: tls-verify-off
legacy.use(session({ secret: process.env.LEGACY_SECRET, name: 'legacy.sid', cookie: { secure: false, httpOnly: false } }));

const portal = express();
portal.set('trust proxy', 1);
portal.use(session({
  store: new RedisStore({ client: redisClient }),
  secret: process.env.PORTAL_SECRET,
  name: 'portal.sid',
  resave: false,
  saveUninitialized: false,
  cookie: {
    secure: true,
    httpOnly: true,
    domain: 'portal.example.com',
    path: '/',
    expires: new Date(Date.now() + 8 * 3600 * 1000),
    sameSite: 'lax',
  },
}));

module.exports = { app, admin, widgets, legacy, portal };
