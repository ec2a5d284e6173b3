const express = require('express');
const session = require('express-session');
const cors = require('cors');
const helmet = require('helmet');
const https = require('https');
const fs = require('fs');
const { Agent } = require('undici');
const grpc = require('@grpc/grpc-js');
const nodemailer = require('nodemailer');

const app = express();
app.use(helmet());

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // expect: insecure-cookie
  cookie: { secure: false, httpOnly: true, sameSite: 'lax' },
}));

// expect: cors-wildcard
app.use('/api', cors({ origin: true, credentials: true }));
app.use('/public', cors({ origin: '*' }));
app.use('/partner', cors({ origin: ['https://partner.example.com'], credentials: true }));

app.post('/login', (req, res) => {
  // expect: insecure-cookie
  res.cookie('auth', req.session.token, { httpOnly: false });
  res.cookie('theme', req.body.theme === 'dark' ? 'dark' : 'light', { sameSite: 'lax' });
  res.sendStatus(204);
});

const partnerAgent = new https.Agent({
  ca: fs.readFileSync('/etc/ssl/partner-ca.pem'),
  minVersion: 'TLSv1.2',
});

const legacyAgent = new https.Agent({
  // expect: tls-verification-disabled
  rejectUnauthorized: false,
});

const oldTls = new https.Agent({
  // expect: weak-tls
  minVersion: 'TLSv1',
});

const dispatcher = new Agent({
  // expect: tls-verification-disabled
  connect: { rejectUnauthorized: false },
});

// expect: tls-verification-disabled
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const billing = new grpc.Client(
  'billing.prod.example.com:443',
  // expect: insecure-transport
  grpc.credentials.createInsecure(),
);
const sidecar = new grpc.Client('localhost:50051', grpc.credentials.createInsecure());

const mailer = nodemailer.createTransport({
  host: 'smtp.example.com',
  port: 587,
  requireTLS: true,
  auth: { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS },
});

async function fetchRates() {
  // expect: insecure-transport
  const res = await fetch('http://rates.example-fx.com/api/latest');
  return res.json();
}

async function health() {
  const res = await fetch('http://localhost:8080/health');
  return res.ok;
}

module.exports = { app, partnerAgent, legacyAgent, oldTls, dispatcher, billing, sidecar, mailer, fetchRates, health };
