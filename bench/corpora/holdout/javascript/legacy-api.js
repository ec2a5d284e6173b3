var express = require('express');
var mysql = require('mysql');
var vm = require('vm');
var https = require('https');
var axios = require('axios');
var url = require('url');

var pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASS, database: 'shop' });
var router = express.Router();
var partner = axios.create({
  baseURL: 'https://partner.example.net/v1',
  timeout: 8000,
  // expect: tls-verify-off
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});
var billing = axios.create({ baseURL: 'https://billing.internal', httpsAgent: new https.Agent({ rejectUnauthorized: true }) });

router.get('/products/:id', function (req, res, next) {
  pool.query('SELECT * FROM products WHERE id = ?', [req.params.id], function (err, rows) {
    if (err) return next(err);
    res.json(rows[0]);
  });
});

router.get('/products', function (req, res, next) {
  var category = req.query.category;
  // expect: sql-injection
  pool.query("SELECT * FROM products WHERE category = '" + category + "' AND active = 1", function (err, rows) {
    if (err) return next(err);
    res.json(rows);
  });
});

router.get('/products/search/:term', function (req, res, next) {
  var like = mysql.escape('%' + req.params.term + '%');
  pool.query('SELECT id, name FROM products WHERE name LIKE ' + like, function (err, rows) {
    if (err) return next(err);
    res.json(rows);
  });
});

router.post('/pricing/evaluate', function (req, res) {
  var sandbox = { price: Number(req.body.price), qty: Number(req.body.qty) };
  // expect: code-injection
  var result = vm.runInNewContext(req.body.formula, sandbox, { timeout: 50 });
  res.json({ result: result });
});

router.post('/pricing/legacy', function (req, res) {
  // expect: code-injection
  var fn = eval('(' + req.body.fn + ')');
  res.json({ result: fn(Number(req.body.price)) });
});

router.get('/hello', function (req, res) {
  // expect: xss
  res.send('<html><body>Hello ' + req.query.name + '</body></html>');
});

router.get('/hello.json', function (req, res) {
  res.json({ hello: req.query.name });
});

router.get('/out', function (req, res) {
  var target = url.parse(req.query.to || '');
  if (target.hostname === 'docs.example.com') {
    return res.redirect(target.href);
  }
  res.redirect('/');
});

router.get('/partner/:sku', function (req, res, next) {
  partner.get('/stock/' + encodeURIComponent(req.params.sku)).then(function (r) { res.json(r.data); }).catch(next);
});

router.get('/invoices/:id', function (req, res, next) {
  billing.get('/invoices/' + encodeURIComponent(req.params.id)).then(function (r) { res.json(r.data); }).catch(next);
});

module.exports = router;
