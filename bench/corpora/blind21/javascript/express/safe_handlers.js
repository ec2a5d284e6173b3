// express: ordinary handlers of an orders API; all of them treat request data safely
const express = require('express');
const { body, query, validationResult } = require('express-validator');
const escapeHtml = require('escape-html');
const db = require('../db');

const router = express.Router();
const SORTABLE = { created: 'created_at', total: 'total_cents', status: 'status' };

router.get('/orders', query('page').optional().isInt({ min: 1 }), async (req, res) => {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  const page = Number(req.query.page || 1);
  const sort = SORTABLE[req.query.sort] || 'created_at';
  const rows = await db.query(
    `SELECT id, status, total_cents FROM orders WHERE user_id = $1 ORDER BY ${sort} DESC LIMIT 50 OFFSET $2`,
    [req.user.id, (page - 1) * 50]
  );
  res.json(rows.rows);
});

router.get('/orders/:id', async (req, res) => {
  const { rows } = await db.query('SELECT * FROM orders WHERE id = $1 AND user_id = $2', [req.params.id, req.user.id]);
  if (rows.length === 0) return res.sendStatus(404);
  res.json(rows[0]);
});

router.post('/orders/:id/notes', body('note').isString().isLength({ max: 2000 }), async (req, res) => {
  await db.query('INSERT INTO order_notes (order_id, body) VALUES ($1, $2)', [req.params.id, req.body.note]);
  res.status(201).send(`<li class="note">${escapeHtml(req.body.note)}</li>`);
});

router.get('/orders/:id/receipt', async (req, res) => {
  const { rows } = await db.query('SELECT id, total_cents FROM orders WHERE id = $1', [req.params.id]);
  res.type('text/plain');
  res.send(`Receipt #${rows[0].id}\nTotal: ${(rows[0].total_cents / 100).toFixed(2)}`);
});

router.get('/track', (req, res) => {
  const carrier = req.query.carrier === 'ups' ? 'https://www.ups.com/track' : 'https://tools.usps.com/go/TrackConfirmAction';
  res.redirect(`${carrier}?tracknum=${encodeURIComponent(req.query.n || '')}`);
});

router.get('/echo', (req, res) => {
  res.json({ youSent: req.query });
});

router.get('/ping', (req, res) => {
  res.send('pong');
});

router.get('/status/:code', (req, res) => {
  const code = Number.parseInt(req.params.code, 10);
  res.status(code >= 200 && code < 600 ? code : 400).end();
});

router.get('/callback', (req, res) => {
  const state = req.session.oauthState;
  if (!state || state !== req.query.state) return res.status(400).send('Invalid state');
  res.redirect('/dashboard');
});

router.get('/hello/:name', (req, res) => {
  res.send(`<h1>Hello, ${escapeHtml(req.params.name)}</h1>`);
});

module.exports = router;
