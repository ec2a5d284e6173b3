// Reporting queries on Sequelize v6.
const { QueryTypes, Op } = require('sequelize');
const { sequelize, Order } = require('../models');

async function ordersByStatus(status) {
  return sequelize.query('SELECT id, total FROM orders WHERE status = :status', {
    replacements: { status },
    type: QueryTypes.SELECT,
  });
}

async function ordersByCoupon(coupon) {
  // expect: sql-injection
  return sequelize.query(`SELECT id, total FROM orders WHERE coupon = '${coupon}'`, { type: QueryTypes.SELECT });
}

async function ordersBetween(from, to) {
  return sequelize.query('SELECT id FROM orders WHERE created_at BETWEEN $1 AND $2', { bind: [from, to], type: QueryTypes.SELECT });
}

async function topCustomers(limit, orderBy) {
  // expect: sql-injection
  return sequelize.query('SELECT customer_id, SUM(total) t FROM orders GROUP BY customer_id ORDER BY ' + orderBy + ' LIMIT ' + limit);
}

async function search(term) {
  return Order.findAll({ where: { reference: { [Op.like]: `%${term}%` } } });
}

async function literalFilter(region) {
  // expect: sql-injection
  return Order.findAll({ where: sequelize.literal(`region = '${region}'`) });
}

module.exports = { ordersByStatus, ordersByCoupon, ordersBetween, topCustomers, search, literalFilter };
