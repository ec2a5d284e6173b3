const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
const https = require('https');
const axios = require('axios');
const crypto = require('crypto');
const grpc = require('@grpc/grpc-js');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const passport = require('passport');
const jose = require('jose');

const app = express();
app.use(helmet());
app.use(express.json({ limit: '1mb' }));

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // expect: insecure-cookie
  cookie: { secure: false, httpOnly: false, sameSite: 'lax' },
}));

passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET,
  algorithms: ['HS256'],
  // expect: jwt-no-verify
  ignoreExpiration: true,
}, (payload, done) => done(null, payload)));

const partnerAgent = new https.Agent({
  // expect: tls-verify-off
  rejectUnauthorized: false,
});

const internalAgent = new https.Agent({ ca: require('fs').readFileSync('/etc/ssl/internal-ca.pem') });

async function fetchPartner(path) {
  return axios.get('https://partner.example.net' + path, { httpsAgent: partnerAgent, timeout: 5000 });
}

async function fetchInternal(path) {
  return axios.get('https://internal.example.net' + path, { httpsAgent: internalAgent, timeout: 5000 });
}

function resetToken() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
}

function secureToken() {
  return crypto.randomBytes(32).toString('hex');
}

function jitter(ms) {
  return ms + Math.floor(Math.random() * 250);
}

const inventoryClient = (Svc) =>
  // expect: insecure-transport
  new Svc('inventory.prod.internal:50051', grpc.credentials.createInsecure());

const localClient = (Svc) => new Svc('localhost:50051', grpc.credentials.createInsecure());

async function verifyIdToken(token, jwks) {
  const { payload } = await jose.jwtVerify(token, jwks, { issuer: 'https://id.example.com', audience: 'shop' });
  return payload;
}

function peekClaims(token) {
  return jose.decodeJwt(token);
}

async function authorize(req, res, next) {
  const token = req.cookies.id_token;
  // expect: jwt-no-verify
  const claims = jose.decodeJwt(token);
  if (claims.role !== 'admin') return res.sendStatus(403);
  next();
}

app.get('/admin', authorize, (req, res) => res.send('ok'));
app.get('/tok', (req, res) => res.json({ token: secureToken(), retryIn: jitter(1000) }));

if (process.env.NODE_ENV !== 'production') {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

module.exports = { app, fetchPartner, fetchInternal, resetToken, inventoryClient, localClient, verifyIdToken, peekClaims };
