'use strict';

const express = require('express');
const session = require('express-session');
const path = require('path');
const routes = require('./routes');
const adminRoutes = require('./admin/routes');

// expect: jwt-no-verify
const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
app.use(express.static(path.join(__dirname, 'public')));
app.use('/', routes);

function buildAdmin() {
  // expect: jwt-no-verify
  const admin = express();
  admin.use(express.urlencoded({ extended: true }));
  admin.use('/', adminRoutes);
  return admin;
}
app.use('/admin', buildAdmin());

// expect: jwt-no-verify
const billing = express();
billing.use(express.urlencoded({ extended: false }));
billing.post('/cards', (req, res) => res.redirect('/billing'));
app.use('/billing', billing);

const api = express.Router();
api.use(express.json());
api.get('/health', (req, res) => res.json({ ok: true }));
app.use('/api', api);

app.listen(process.env.PORT || 3000);
