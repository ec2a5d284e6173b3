const express = require('express');
const { Op, QueryTypes } = require('sequelize');
const { sequelize, Order, Customer } = require('../models');

const router = express.Router();
const SORTS = { newest: [['createdAt', 'DESC']], total: [['total', 'DESC']] };

router.get('/orders', async (req, res) => {
  const status = req.query.status;
  // expect: sql-injection-sequelize
  const orders = await sequelize.query(`SELECT * FROM orders WHERE status = '${status}'`, { type: QueryTypes.SELECT });
  res.json(orders);
});

router.get('/orders/safe', async (req, res) => {
  const orders = await sequelize.query('SELECT * FROM orders WHERE status = :status', {
    replacements: { status: req.query.status },
    type: QueryTypes.SELECT,
  });
  res.json(orders);
});

router.get('/orders/bind', async (req, res) => {
  const orders = await sequelize.query('SELECT * FROM orders WHERE customer_id = $1', {
    bind: [req.query.customer],
    type: QueryTypes.SELECT,
  });
  res.json(orders);
});

router.get('/orders/model', async (req, res) => {
  const orders = await Order.findAll({
    where: { status: req.query.status, total: { [Op.gte]: Number(req.query.min) || 0 } },
    order: SORTS[req.query.sort] || SORTS.newest,
  });
  res.json(orders);
});

router.get('/orders/literal', async (req, res) => {
  const orders = await Order.findAll({
    // expect: sql-injection-sequelize-literal
    where: sequelize.literal("notes LIKE '%" + req.query.note + "%'"),
  });
  res.json(orders);
});

router.get('/orders/order-by', async (req, res) => {
  const orders = await Order.findAll({
    // expect: sql-injection-sequelize-literal
    order: sequelize.literal(req.query.sort),
  });
  res.json(orders);
});

router.delete('/customers/:id', async (req, res) => {
  const sql = 'DELETE FROM customers WHERE id = ' + req.params.id;
  // expect: sql-injection-sequelize
  await sequelize.query(sql);
  res.status(204).end();
});

router.delete('/customers-safe/:id', async (req, res) => {
  await Customer.destroy({ where: { id: req.params.id } });
  res.status(204).end();
});

module.exports = router;
