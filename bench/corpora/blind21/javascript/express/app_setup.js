// express: the app bootstrap (static roots, helmet, trust proxy, body parsers, CORS)
const path = require('path');
const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const compression = require('compression');
const morgan = require('morgan');

const usersRoutes = require('./users_routes');
const filesRoutes = require('./files_routes');

const app = express();

app.disable('x-powered-by');
// expect: ip-spoofing
app.set('trust proxy', true);

// expect: security-headers-off
app.use(helmet({ contentSecurityPolicy: false, frameguard: false }));
app.use(helmet.hsts({ maxAge: 15552000, includeSubDomains: true }));
app.use(compression());
app.use(morgan('combined'));

app.use(express.json({ limit: '100kb' }));
app.use(express.urlencoded({ extended: false, limit: '50kb' }));
// expect: resource-exhaustion
app.use('/import', express.json({ limit: '2gb' }));
app.use('/webhooks/stripe', express.raw({ type: 'application/json', limit: '1mb' }));

// expect: cors-misconfig
app.use('/api', cors({ origin: true, credentials: true }));
app.use('/public-api', cors());

app.use(express.static(path.join(__dirname, 'public')));
// expect: file-exposure
app.use('/static', express.static(__dirname));
app.use('/.well-known', express.static(path.join(__dirname, 'well-known'), { dotfiles: 'allow' }));

app.use(usersRoutes);
app.use(filesRoutes);

app.get('/healthz', (req, res) => res.json({ ok: true, uptime: process.uptime() }));

app.use((req, res) => {
  res.status(404).json({ error: 'not found', path: req.path });
});

app.use((err, req, res, _next) => {
  console.error(err);
  const body = { error: 'internal error' };
  if (process.env.NODE_ENV === 'development') {
    body.detail = err.message;
  }
  res.status(500).json(body);
});

const port = Number(process.env.PORT) || 3000;
app.listen(port, () => console.log(`listening on ${port}`));

module.exports = app;
