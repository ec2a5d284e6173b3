'use strict';
const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
const cors = require('cors');
const https = require('https');
const fs = require('fs');
const path = require('path');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const orders = require('./routes/orders');
const media = require('./routes/media');

const app = express();
const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch((err) => console.error('redis', err.message));

app.use(helmet());
app.use(express.json({ limit: '200kb' }));
app.use(
  session({
    store: new RedisStore({ client: redis }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    // expect: insecure-session-cookie
    cookie: { secure: false, httpOnly: false, maxAge: 7 * 24 * 3600 * 1000 },
  }),
);

// expect: cors-reflect-any-origin
app.use(cors({ origin: true, credentials: true }));

app.use('/api/orders', orders);
app.use('/api/media', media);

app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.use((err, _req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});

function listen() {
  const port = Number(process.env.PORT || 8443);
  const server = https.createServer(
    {
      key: fs.readFileSync(path.join(__dirname, 'tls', 'key.pem')),
      cert: fs.readFileSync(path.join(__dirname, 'tls', 'cert.pem')),
      // expect: weak-tls-version
      minVersion: 'TLSv1',
    },
    app,
  );
  server.listen(port, () => console.log(`listening on ${port}`));
  return server;
}

if (require.main === module) listen();
module.exports = { app, listen };
