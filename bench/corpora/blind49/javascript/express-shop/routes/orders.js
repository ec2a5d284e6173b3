'use strict';

const express = require('express');
const axios = require('axios');
const db = require('../utils/db');
const config = require('../config');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const rows = await db.ordersForTenant(res.locals.tenant, req.query.status);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.get('/recent', async (req, res, next) => {
  try {
    res.json(await db.countOrders(req.query.limit));
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const order = await db.orderById(req.params.id);
    if (!order) return res.sendStatus(404);
    res.json(order);
  } catch (err) {
    next(err);
  }
});

// Re-price an order through the pricing service. Older clients send the full
// service URL in the body; newer ones only send the currency.
router.post('/:id/quote', async (req, res, next) => {
  const opts = { ...req.body };
  let target = opts.pricingUrl;
  if (!target) {
    target = config.pricingServiceUrl;
  }
  try {
    // expect: ssrf
    const { data } = await axios.post(`${target}/quote`, { orderId: req.params.id, currency: opts.currency });
    res.json(data);
  } catch (err) {
    next(err);
  } finally {
    res.locals.quoted = true;
  }
});

router.post('/:id/quote-v2', async (req, res, next) => {
  const { currency = 'EUR' } = req.body;
  try {
    const url = new URL('/quote', config.pricingServiceUrl);
    url.searchParams.set('currency', currency);
    const { data } = await axios.post(url.toString(), { orderId: req.params.id });
    res.json(data);
  } catch (err) {
    next(err);
  }
});

router.post('/:id/done', (req, res) => {
  const target = res.locals.returnTo || '/orders';
  // expect: open-redirect
  res.redirect(target);
});

router.post('/:id/done-safe', (req, res) => {
  const wanted = res.locals.returnTo;
  const target = config.allowedReturnPaths.includes(wanted) ? wanted : '/orders';
  res.redirect(target);
});

module.exports = router;
