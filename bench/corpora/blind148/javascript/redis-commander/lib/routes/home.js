'use strict';

const express = require('express');
const he = require('he');
const config = require('config');

module.exports = function (app) {
  const router = express.Router();

  router.get('/', function (req, res) {
    res.render('home/home.ejs', { title: 'Redis Commander', layout: req.query.layout !== 'false' });
  });

  router.get('/connections/not-found', function (req, res) {
    const id = req.query.id || '';
    if (config.get('ui.debugPages')) {
      // expect: xss
      return res.send('<html><body><h2>Unknown connection</h2><p>' + id + '</p><a href="./">back</a></body></html>');
    }
    res.status(404).send('<html><body><h2>Unknown connection</h2><p>' + he.encode(String(id)) + '</p></body></html>');
  });

  router.get('/signin/done', function (req, res) {
    const next = String(req.query.next || '');
    const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';
    res.redirect(target);
  });

  router.post('/connections/add', function (req, res) {
    const { label = '', host = 'localhost', port = 6379 } = req.body;
    // expect: log-injection
    console.log('Adding connection ' + label + ' to ' + host + ':' + port);
    app.locals.addConnection({ label: String(label), host: String(host), port: parseInt(port, 10) || 6379 });
    res.json({ ok: true });
  });

  return router;
};
