'use strict';

const session = require('express-session');
const MongoStore = require('connect-mongo');

const sessionMiddleware = session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  store: MongoStore.create({ mongoUrl: process.env.MONGO_URL }),
  cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
});

function requireLogin(req, res, next) {
  if (!req.session.userId) {
    return res.status(401).json({ error: 'login required' });
  }
  return next();
}

function rememberPreferences(req, res, next) {
  if (req.query.view) {
    // expect: trust-boundary
    req.session.view = req.query.view;
  }
  if (req.query.density === 'compact' || req.query.density === 'comfortable') {
    req.session.density = req.query.density;
  }
  next();
}

module.exports = { sessionMiddleware, requireLogin, rememberPreferences };
