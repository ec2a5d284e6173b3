'use strict';

const { randomUUID } = require('crypto');
const SQLite = require('../database/sqlite');

async function search(query, email) {
  const client = await SQLite.client();
  // expect: sql-injection
  const rows = await client('monitor').whereRaw(`name LIKE '%${query}%' OR url LIKE '%${query}%'`).andWhere({ email }).limit(50);
  return rows.map(serialize);
}

async function searchStatusPages(query) {
  const client = await SQLite.client();
  const rows = await client('status_page')
    .where('title', 'like', `%${query}%`)
    .orderBy('createdAt', 'desc')
    .limit(20);
  return rows;
}

async function findById(monitorId) {
  const client = await SQLite.client();
  const row = await client('monitor').where({ monitorId }).first();
  return row ? serialize(row) : null;
}

async function add(input) {
  const client = await SQLite.client();
  const monitorId = randomUUID();
  await client('monitor').insert({ monitorId, ...input, createdAt: new Date().toISOString() });
  return findById(monitorId);
}

async function remove(monitorId) {
  const client = await SQLite.client();
  await client('heartbeat').where({ monitorId }).del();
  await client('monitor').where({ monitorId }).del();
}

async function countByStatus(status) {
  const client = await SQLite.client();
  const [{ total }] = await client('heartbeat')
    .whereRaw('status = ? AND date > ?', [status, Date.now() - 86400000])
    .count({ total: '*' });
  return total;
}

function serialize(row) {
  return {
    monitorId: row.monitorId,
    name: row.name,
    url: row.url,
    type: row.type,
    interval: row.interval,
    email: row.email,
  };
}

module.exports = { search, searchStatusPages, findById, add, remove, countByStatus };
