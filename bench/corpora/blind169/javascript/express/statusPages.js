'use strict';

// Small public pages served without the React app: unsubscribe, order
// status lookups and the health probe used by the load balancer.
var express = require('express');
var escapeHtml = require('escape-html');
var mailingList = require('../services/mailingList');
var orders = require('../services/orders');

var router = express.Router();

router.get('/unsubscribe', function (req, res) {
  var email = String(req.query.email || '');
  mailingList.remove(email, req.query.token)
    .then(function () {
      // expect: xss
      res.send('<p>' + email + ' will no longer receive our newsletter.</p>');
    })
    .catch(function () {
      res.status(400).send('That unsubscribe link has expired.');
    });
});

router.get('/resubscribe', function (req, res) {
  var email = String(req.query.email || '');
  mailingList.add(email)
    .then(function () {
      res.send('<p>' + escapeHtml(email) + ' is subscribed again. Welcome back!</p>');
    })
    .catch(function (err) {
      res.status(500).json({ error: err.code || 'unknown' });
    });
});

router.get('/orders/lookup', function lookup(req, res) {
  var reference = String(req.query.ref || '').trim();
  orders.findByReference(reference).then(function (order) {
    res.type('html');
    if (!order) {
      // expect: xss
      res.write('<h1>No order found for ' + reference + '</h1>');
      return res.end();
    }
    res.write('<h1>Order status</h1>');
    res.write('<p>Status: ' + escapeHtml(order.status) + '</p>');
    res.end();
  });
});

router.get('/orders/count', function (req, res) {
  orders.countOpen().then(function (n) {
    res.send(String(n));
  });
});

router.get('/healthz', function (req, res) {
  res.send('ok');
});

router.get('/orders/:id/receipt', function (req, res, next) {
  orders.findById(Number(req.params.id)).then(function (order) {
    if (!order) {
      return next();
    }
    res.render('receipt', { order: order });
  }).catch(next);
});

module.exports = router;
