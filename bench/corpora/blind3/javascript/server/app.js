'use strict';

const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
const cors = require('cors');
const https = require('https');
const fs = require('fs');

const app = express();
app.disable('x-powered-by');
app.use(helmet());
app.use(express.json({ limit: '1mb' }));

app.use(cors({ origin: ['https://app.acme.example'], credentials: true }));

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: {
    // expect: insecure-cookie
    secure: false,
    httpOnly: true,
    sameSite: 'lax',
    maxAge: 1000 * 60 * 60 * 8,
  },
}));

app.use('/api', require('./routes/api'));
app.use('/public', cors());

app.get('/healthz', (req, res) => res.json({ ok: true }));

const agent = new https.Agent({
  // expect: tls-verify-off
  rejectUnauthorized: false,
});

const strictAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/acme-ca.pem'), minVersion: 'TLSv1.2' });

// expect: tls-verify-off
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

if (require.main === module) {
  const port = Number(process.env.PORT || 3000);
  app.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
}

module.exports = { app, agent, strictAgent };
