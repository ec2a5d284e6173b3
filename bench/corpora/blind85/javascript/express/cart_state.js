const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');
const { deserialize: fromJsSource } = require('serialize-to-js');

const app = express();
app.use(cookieParser());
app.use(express.json());
app.use(express.text({ type: 'text/plain' }));

app.get('/cart', function showCart(req, res) {
  const raw = Buffer.from(req.cookies.cart || '', 'base64').toString();
  // expect: deserialization
  const cart = serialize.unserialize(raw);
  res.json(cart);
});

app.post('/cart/restore', function restoreCart(req, res) {
  // expect: deserialization
  const saved = serialize.unserialize(req.body.snapshot);
  req.session.cart = saved;
  res.sendStatus(204);
});

app.put('/prefs', function savePrefs(req, res) {
  // expect: deserialization
  const prefs = fromJsSource(req.body);
  res.json({ saved: Object.keys(prefs) });
});

app.get('/share/:blob', function openShared(req, res, next) {
  try {
    // expect: deserialization
    const shared = serialize.unserialize(
      decodeURIComponent(req.params.blob)
    );
    res.json(shared);
  } catch (err) {
    next(err);
  }
});

app.get('/cart/export', function exportCart(req, res) {
  const cart = req.session.cart || { items: [] };
  res.type('text/plain').send(serialize.serialize(cart));
});

app.post('/cart/import', function importCart(req, res) {
  const parsed = JSON.parse(req.body.cartJson);
  res.json({ items: Array.isArray(parsed.items) ? parsed.items.length : 0 });
});

module.exports = app;
