const express = require('express');
const pick = require('lodash/pick');
const { User, Order } = require('../models');

const router = express.Router();
const EDITABLE = ['displayName', 'bio', 'avatarUrl'];
const LIST_DEFAULTS = Object.freeze({ page: 1, perPage: 20, sort: 'createdAt' });

router.put('/me', async function updateMe(req, res) {
  const user = await User.findByPk(req.user.id);
  // expect: mass-assignment
  Object.assign(user, req.body);
  await user.save();
  res.json(user);
});

router.patch('/orders/:id', async function patchOrder(req, res) {
  const order = await Order.findOne({ where: { id: req.params.id, userId: req.user.id } });
  const changes = req.body.order;
  // expect: mass-assignment
  Object.assign(order, changes);
  await order.save();
  res.json(order);
});

router.get('/orders', async function listOrders(req, res) {
  // expect: mass-assignment
  const opts = Object.assign({}, LIST_DEFAULTS, req.query);
  const orders = await Order.findAll({ where: { userId: req.user.id, status: opts.status }, limit: opts.perPage });
  res.json(orders);
});

function mergeSettings(req, res, next) {
  // expect: mass-assignment
  res.locals.settings = Object.assign(res.locals.settings || {}, req.body.settings);
  next();
}
router.post('/settings', mergeSettings, (req, res) => res.json(res.locals.settings));

router.put('/me/profile', async function updateProfile(req, res) {
  const user = await User.findByPk(req.user.id);
  Object.assign(user, pick(req.body, EDITABLE));
  await user.save();
  res.json({ id: user.id, displayName: user.displayName });
});

router.get('/orders/page', async function pageOrders(req, res) {
  const paging = Object.assign({}, LIST_DEFAULTS, { page: Number.parseInt(req.query.page, 10) || 1 });
  const orders = await Order.findAll({ where: { userId: req.user.id }, limit: paging.perPage, offset: (paging.page - 1) * paging.perPage });
  res.json(orders);
});

module.exports = router;
