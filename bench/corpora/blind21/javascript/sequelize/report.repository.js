// sequelize: raw reporting queries in a repository module (sequelize.query, literal, replacements, bind)
const { QueryTypes, Op, literal, fn, col } = require('sequelize');
const { sequelize, Order, Customer } = require('../models');

const SORT_COLUMNS = { revenue: 'revenue', orders: 'order_count', name: 'c.name' };

async function revenueByCustomer({ from, to, region, sort = 'revenue' }) {
  const orderBy = SORT_COLUMNS[sort] || 'revenue';
  return sequelize.query(
    `SELECT c.id, c.name, SUM(o.total) AS revenue, COUNT(*) AS order_count
       FROM orders o JOIN customers c ON c.id = o.customer_id
      WHERE o.created_at BETWEEN :from AND :to AND c.region = :region
      GROUP BY c.id, c.name ORDER BY ${orderBy} DESC`,
    { replacements: { from, to, region }, type: QueryTypes.SELECT }
  );
}

async function customersByEmailDomain(domain) {
  // expect: sql-injection
  return sequelize.query(`SELECT id, email FROM customers WHERE email LIKE '%@${domain}'`, { type: QueryTypes.SELECT });
}

async function customersByEmailDomainSafe(domain) {
  return sequelize.query('SELECT id, email FROM customers WHERE email LIKE ?', {
    replacements: [`%@${domain}`],
    type: QueryTypes.SELECT,
  });
}

async function orderStatus(orderId) {
  const [rows] = await sequelize.query('SELECT status FROM orders WHERE id = $1', { bind: [orderId] });
  return rows[0]?.status;
}

async function archiveOrders(status) {
  // expect: sql-injection
  const [, meta] = await sequelize.query("UPDATE orders SET archived = true WHERE status = '" + status + "'");
  return meta;
}

async function topProducts(limit, category) {
  return Order.findAll({
    attributes: ['product_id', [fn('SUM', col('quantity')), 'qty']],
    where: { category: { [Op.eq]: category } },
    group: ['product_id'],
    order: [[literal('qty'), 'DESC']],
    limit: Math.min(Number(limit) || 10, 100),
  });
}

async function customersWithOrdersOver(amount) {
  return Customer.findAll({
    where: {
      // expect: sql-injection
      id: { [Op.in]: literal(`(SELECT customer_id FROM orders WHERE total > ${amount})`) },
    },
  });
}

async function customersWithOrdersOverSafe(amount) {
  const cents = Number.parseInt(amount, 10);
  if (!Number.isFinite(cents)) throw new Error('bad amount');
  return Customer.findAll({
    where: { id: { [Op.in]: literal(`(SELECT customer_id FROM orders WHERE total > ${cents})`) } },
  });
}

async function searchCustomers(term) {
  return Customer.findAll({ where: { name: { [Op.iLike]: `%${term}%` } }, limit: 25 });
}

module.exports = {
  revenueByCustomer,
  customersByEmailDomain,
  customersByEmailDomainSafe,
  orderStatus,
  archiveOrders,
  topProducts,
  customersWithOrdersOver,
  customersWithOrdersOverSafe,
  searchCustomers,
};
