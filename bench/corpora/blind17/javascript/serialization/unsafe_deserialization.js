// library: node-serialize / js-yaml 4 / express
const serialize = require('node-serialize');
const yaml = require('js-yaml');
const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());
app.use(express.text({ type: ['text/yaml', 'application/x-yaml'] }));

app.get('/cart', (req, res) => {
  const raw = Buffer.from(req.cookies.cart || '', 'base64').toString();
  // expect: deserialization
  const cart = serialize.unserialize(raw);
  res.json(cart);
});

app.post('/import', (req, res) => {
  // expect: deserialization
  const doc = yaml.load(req.body, { schema: require('js-yaml-js-types').extend(yaml.DEFAULT_SCHEMA) });
  res.json(doc);
});

app.get('/cart-safe', (req, res) => {
  const raw = Buffer.from(req.cookies.cart || '', 'base64').toString();
  res.json(JSON.parse(raw || '{}'));
});

app.post('/import-safe', (req, res) => {
  res.json(yaml.load(req.body, { schema: yaml.JSON_SCHEMA }));
});

app.get('/cart/export', (req, res) => {
  res.type('text/plain').send(serialize.serialize({ items: [] }));
});

module.exports = app;
