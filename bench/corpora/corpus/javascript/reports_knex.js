'use strict';
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const GROUPABLE = { day: 'created_at::date', region: 'region', plan: 'plan' };

async function salesByDay(from, to) {
  return knex('orders')
    .select(knex.raw('created_at::date AS day'), knex.raw('SUM(total) AS total'))
    .whereBetween('created_at', [from, to])
    .groupByRaw('created_at::date')
    .orderBy('day');
}

async function salesByGroup(groupKey, from) {
  const expr = GROUPABLE[groupKey];
  if (!expr) throw new Error(`unknown group ${groupKey}`);
  return knex.raw(`SELECT ${expr} AS k, SUM(total) AS total FROM orders WHERE created_at >= ? GROUP BY 1`, [from]);
}

async function salesForRegion(region) {
  // expect: sql-injection
  return knex.raw(`SELECT SUM(total) AS total FROM orders WHERE region = '${region}'`);
}

async function customersMatching(term) {
  // expect: sql-injection
  return knex('customers').whereRaw("name ILIKE '%" + term + "%'").limit(50);
}

async function customersMatchingSafe(term) {
  return knex('customers').whereRaw('name ILIKE ?', [`%${term}%`]).limit(50);
}

async function customerById(id) {
  return knex('customers').where({ id }).first();
}

async function topProducts(limit) {
  // expect: sql-injection
  return knex.raw('SELECT product_id, COUNT(*) FROM order_items GROUP BY 1 ORDER BY 2 DESC LIMIT ' + limit);
}

async function topProductsSafe(limit) {
  return knex.raw('SELECT product_id, COUNT(*) FROM order_items GROUP BY 1 ORDER BY 2 DESC LIMIT ?', [Number(limit)]);
}

async function refundsSince(date) {
  // expect: sql-injection
  return knex('refunds').select('*').whereRaw(`created_at > '${date}'`);
}

async function refundsSinceSafe(date) {
  return knex('refunds').select('*').where('created_at', '>', date);
}

async function updateNote(orderId, note) {
  return knex('orders').where('id', orderId).update({ note });
}

async function bulkTag(ids, tag) {
  // expect: sql-injection
  return knex.raw(`UPDATE orders SET tags = array_append(tags, '${tag}') WHERE id = ANY(?)`, [ids]);
}

async function countByStatus() {
  return knex('orders').select('status').count('* as n').groupBy('status');
}

module.exports = {
  salesByDay,
  salesByGroup,
  salesForRegion,
  customersMatching,
  customersMatchingSafe,
  customerById,
  topProducts,
  topProductsSafe,
  refundsSince,
  refundsSinceSafe,
  updateNote,
  bulkTag,
  countByStatus,
};
