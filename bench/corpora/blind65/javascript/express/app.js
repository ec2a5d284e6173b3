'use strict';

const express = require('express');
const session = require('express-session');
const helmet = require('helmet');
const bodyParser = require('body-parser');
const accountRoutes = require('./routes/account');
const adminRoutes = require('./routes/admin');

// expect: csrf
const app = express();

app.use(helmet());
app.use(bodyParser.urlencoded({ extended: false }));
app.use(session({
  name: 'sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

app.set('view engine', 'pug');

// Form posts that change account state.
app.use('/account', accountRoutes);

// The admin UI is its own sub-app with its own middleware stack.
// expect: csrf
const admin = express();
admin.use(express.urlencoded({ extended: true }));
admin.use('/', adminRoutes);
app.use('/admin', admin);

function createMarketingSite() {
  // expect: csrf
  const site = express();
  site.use(express.urlencoded({ extended: false }));
  site.post('/newsletter', (req, res) => {
    req.app.locals.newsletter.subscribe(req.body.email);
    res.redirect('/thanks');
  });
  return site;
}

app.use('/m', createMarketingSite());

// Safe: routers and JSON parsers are not apps.
const api = express.Router();
api.use(express.json());
api.get('/health', (req, res) => res.json({ ok: true }));
app.use('/api', api);

app.listen(process.env.PORT || 3000);

module.exports = { app, createMarketingSite };
