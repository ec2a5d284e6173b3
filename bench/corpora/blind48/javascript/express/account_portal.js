'use strict';

// Server-rendered account portal: cookie sessions and HTML forms, plus a small
// admin app and a metrics listener. No CSRF middleware anywhere.
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const promBundle = require('express-prom-bundle');
const accounts = require('./services/accounts');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

const sessionMiddleware = session({
  store: new RedisStore({ client: redisClient }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true },
});

// expect: csrf
const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));
app.use(sessionMiddleware);
app.use(express.static('public'));

app.get('/settings', (req, res) => {
  res.render('settings', { user: req.session.user });
});

app.post('/settings/email', async (req, res) => {
  await accounts.changeEmail(req.session.user.id, req.body.email);
  res.redirect('/settings');
});

app.post('/settings/delete', async (req, res) => {
  await accounts.remove(req.session.user.id);
  req.session.destroy(() => res.redirect('/'));
});

function buildAdminApp() {
  // expect: csrf
  const admin = express();
  admin.use(express.urlencoded({ extended: false }));
  admin.use(sessionMiddleware);
  admin.post('/users/:id/role', async (req, res) => {
    await accounts.setRole(req.params.id, req.body.role);
    res.redirect('/admin/users');
  });
  return admin;
}

app.use('/admin', buildAdminApp());

// CMS preview server for editors, on its own port, with the same session cookie.
function startPreviewServer(port) {
  // expect: csrf
  const preview = express();
  preview.use(express.urlencoded({ extended: false }));
  preview.use(sessionMiddleware);
  preview.post('/drafts/:id/publish', async (req, res) => {
    await accounts.publishDraft(req.session.user.id, req.params.id);
    res.redirect('/drafts');
  });
  return preview.listen(port);
}
startPreviewServer(Number(process.env.PREVIEW_PORT || 3001));

const billing = express.Router();
billing.post('/card', async (req, res) => {
  await accounts.replaceCard(req.session.user.id, req.body.token);
  res.redirect('/settings');
});
app.use('/billing', billing);

// Metrics listener on an internal port: no cookies, no state-changing routes.
const metrics = express();
metrics.use(promBundle({ includeMethod: true }));
metrics.listen(9100, '127.0.0.1');

app.listen(process.env.PORT || 3000);
