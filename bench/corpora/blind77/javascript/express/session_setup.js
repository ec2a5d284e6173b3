import express from 'express';
import session from 'express-session';
import connectRedis from 'connect-redis';
import { createClient } from 'redis';
import fs from 'node:fs';

const RedisStore = connectRedis(session);
const redis = createClient({ legacyMode: true, url: process.env.REDIS_URL });

export const app = express();
app.set('trust proxy', 1);

app.use(session({
  store: new RedisStore({ client: redis }),
  name: 'acme.sid',
  // expect: hardcoded-secret
  secret: 'w4rehouse-portal-2019!',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
}));

export const admin = express();
const adminSession = {
  name: 'acme.admin',
  // expect: hardcoded-secret
  secret: process.env.ADMIN_SESSION_SECRET || 'admin-dev-secret',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
};
admin.use(session(adminSession));

export const partner = express();
partner.use(session({
  name: 'acme.partner',
  // expect: hardcoded-secret
  secret: ['r0tated-2024-q1', 'r0tated-2023-q4'],
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

// Safe look-alikes: secrets from the environment (checked at start-up) and from
// a mounted secret file.
const SESSION_SECRET = process.env.SESSION_SECRET;
if (!SESSION_SECRET) throw new Error('SESSION_SECRET is required');

export const api = express();
api.use(session({
  name: 'acme.api',
  secret: SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
}));

export const reports = express();
reports.use(session({
  name: 'acme.reports',
  secret: fs.readFileSync('/run/secrets/reports_session', 'utf8').trim(),
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict' },
}));
