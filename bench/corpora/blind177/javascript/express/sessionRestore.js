// "Remember my cart" for guests: the cart travels in a cookie between visits.
const crypto = require('crypto');
const express = require('express');
const serialize = require('node-serialize');

const router = express.Router();
const CART_KEY = Buffer.from(process.env.CART_COOKIE_KEY, 'hex');

function sign(payload) {
  return crypto.createHmac('sha256', CART_KEY).update(payload).digest('base64url');
}

function packCart(cart) {
  const payload = Buffer.from(serialize.serialize(cart)).toString('base64url');
  return payload + '.' + sign(payload);
}

function unpackSignedCart(cookie) {
  const [payload, mac] = String(cookie || '').split('.');
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
    return null;
  }
  // Only our own signed bytes get here.
  return serialize.unserialize(Buffer.from(payload, 'base64url').toString('utf8'));
}

router.get('/cart', (req, res) => {
  const cart = unpackSignedCart(req.cookies.cart) || { items: [] };
  res.json(cart);
});

router.post('/cart/items', express.json(), (req, res) => {
  const cart = unpackSignedCart(req.cookies.cart) || { items: [] };
  cart.items.push({ sku: String(req.body.sku), qty: Math.max(1, parseInt(req.body.qty, 10) || 1) });
  res.cookie('cart', packCart(cart), { httpOnly: true, sameSite: 'lax', secure: true });
  res.status(201).json(cart);
});

// Older app builds send the saved cart back in a header instead of the cookie.
router.get('/cart/restore', (req, res) => {
  const raw = req.headers['x-saved-cart'];
  if (!raw) return res.status(204).end();
  // expect: deserialization
  const cart = serialize.unserialize(Buffer.from(raw, 'base64').toString('utf8'));
  res.cookie('cart', packCart(cart), { httpOnly: true, sameSite: 'lax', secure: true });
  return res.json(cart);
});

router.post('/cart/merge', express.json(), (req, res) => {
  const current = unpackSignedCart(req.cookies.cart) || { items: [] };
  const incoming = JSON.parse(req.body.savedCart || '{"items":[]}');
  const items = current.items.concat((incoming.items || []).map((i) => ({ sku: String(i.sku), qty: Number(i.qty) || 1 })));
  res.cookie('cart', packCart({ items }), { httpOnly: true, sameSite: 'lax', secure: true });
  res.json({ items });
});

module.exports = router;
