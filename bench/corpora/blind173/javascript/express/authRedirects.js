'use strict';

const express = require('express');
const { authenticate } = require('../auth/passwordLogin');

const app = express();
app.use(express.urlencoded({ extended: false }));

function isLocalPath(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\');
}

app.post('/login', async function (req, res) {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) {
    return res.redirect('/login?failed=1');
  }
  req.session.userId = user.id;
  const next = req.body.next;
  if (isLocalPath(next)) {
    return res.redirect(next);
  }
  return res.redirect('/dashboard');
});

app.get('/logout', function (req, res) {
  req.session.destroy(() => {
    // Partner sites link here with ?returnTo= so the user lands back on their page.
    // expect: open-redirect
    res.redirect(req.query.returnTo || '/');
  });
});

app.get('/orders/:id/receipt', function (req, res) {
  const id = parseInt(req.params.id, 10);
  if (Number.isNaN(id)) {
    return res.sendStatus(404);
  }
  return res.redirect('/account/orders/' + id + '#receipt');
});

app.get('/shop/switch', function (req, res) {
  // Each shop has its own subdomain; the picker sends the chosen one.
  // expect: open-redirect
  res.redirect('https://' + req.query.shop + '/account');
});

const SHOP_HOSTS = new Set(['eu.shopfront.io', 'us.shopfront.io', 'apac.shopfront.io']);

app.get('/region/switch', function (req, res) {
  const host = req.query.region + '.shopfront.io';
  if (!SHOP_HOSTS.has(host)) {
    return res.status(400).send('unknown region');
  }
  return res.redirect('https://' + host + '/');
});

app.get('/help', function (req, res) {
  res.redirect(301, 'https://help.shopfront.io/');
});

module.exports = app;
