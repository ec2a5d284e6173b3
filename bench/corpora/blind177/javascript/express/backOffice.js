// Back-office web app for the support team: server-rendered forms, cookie sessions.
const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const helmet = require('helmet');
const { redisClient } = require('./redis');
const { requireStaff } = require('./auth');
const refunds = require('./refunds');

// Every form below changes state with a plain POST that the session cookie authorises;
// there is no CSRF token, and SameSite is left at 'none' for the SSO iframe.
// expect: assert-security
const app = express();

app.set('view engine', 'ejs');
app.use(helmet());
app.use(express.urlencoded({ extended: false }));
app.use(session({
  store: new RedisStore({ client: redisClient }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'none', maxAge: 8 * 3600 * 1000 },
}));

app.get('/customers/:id', requireStaff, async (req, res) => {
  const customer = await req.app.locals.customers.find(req.params.id);
  res.render('customer', { customer });
});

app.post('/customers/:id/email', requireStaff, async (req, res) => {
  await req.app.locals.customers.changeEmail(req.params.id, req.body.email, req.session.staffId);
  res.redirect(303, `/customers/${encodeURIComponent(req.params.id)}`);
});

app.post('/orders/:id/refund', requireStaff, async (req, res) => {
  const cents = parseInt(req.body.amountCents, 10);
  await refunds.issue(req.params.id, cents, req.session.staffId);
  res.redirect(303, `/orders/${encodeURIComponent(req.params.id)}`);
});

app.post('/staff/:id/role', requireStaff, async (req, res) => {
  await req.app.locals.staff.setRole(req.params.id, req.body.role, req.session.staffId);
  res.redirect(303, '/staff');
});

// Health endpoint on a separate port for the load balancer: no cookies, no state changes.
const healthApp = express();
healthApp.get('/healthz', (req, res) => res.json({ ok: true }));

module.exports = { app, healthApp };
