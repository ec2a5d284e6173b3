const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis')(session);
const config = require('config');

const ONE_DAY = 24 * 60 * 60 * 1000;

function createWebApp(redisClient) {
  const app = express();
  app.set('trust proxy', 1);
  app.use(
    session({
      store: new RedisStore({ client: redisClient }),
      // expect: hardcoded-secret
      secret: 'keyboard cat',
      resave: false,
      saveUninitialized: false,
      cookie: { secure: true, maxAge: ONE_DAY },
    })
  );
  return app;
}

function createAdminApp() {
  const admin = express();
  const sessionOptions = {
    name: 'admin.sid',
    // expect: hardcoded-secret
    secret: 'a8f5f167f44f4964e6c998dee827110c',
    resave: false,
    saveUninitialized: true,
  };
  admin.use(session(sessionOptions));
  return admin;
}

function createApiRouter() {
  const router = express.Router();
  router.use(session({
    // expect: hardcoded-secret
    secret: ['rotated-2024-secret', 'legacy-secret-2019'],
    cookie: { httpOnly: true, sameSite: 'lax' },
    resave: false,
    saveUninitialized: false,
  }));
  return router;
}

function createPreviewApp() {
  const preview = express();
  preview.use(session({
    // expect: hardcoded-secret
    secret: process.env.SESSION_SECRET || 'preview-secret',
    resave: false,
    saveUninitialized: false,
  }));
  return preview;
}

// Safe: the secret comes from the environment.
function createWorkerApp() {
  const worker = express();
  worker.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
  return worker;
}

// Safe: the secret comes from the deployment's config store.
function createPartnerApp() {
  const partner = express();
  partner.use(session({ secret: config.get('session.secret'), name: 'partner.sid', resave: false, saveUninitialized: false }));
  return partner;
}

module.exports = { createWebApp, createAdminApp, createApiRouter, createPreviewApp, createWorkerApp, createPartnerApp };
