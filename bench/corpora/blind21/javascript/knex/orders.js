// knex: an orders data-access module (raw, whereRaw, orderByRaw, bindings)
const knex = require('../db/knex');

const SORTABLE = new Set(['created_at', 'total', 'status']);

function listOrders({ status, customerId, sort, page = 1 }) {
  const q = knex('orders').select('id', 'status', 'total', 'created_at').where({ customer_id: customerId });
  if (status) q.andWhere('status', status);
  const col = SORTABLE.has(sort) ? sort : 'created_at';
  return q.orderBy(col, 'desc').limit(50).offset((page - 1) * 50);
}

function searchByNote(term) {
  // expect: sql-injection
  return knex('orders').whereRaw(`notes ILIKE '%${term}%'`).limit(20);
}

function searchByNoteSafe(term) {
  return knex('orders').whereRaw('notes ILIKE ?', [`%${term}%`]).limit(20);
}

function totalsSince(date) {
  // expect: sql-injection
  return knex.raw(`SELECT date_trunc('day', created_at) AS day, SUM(total) FROM orders WHERE created_at >= '${date}' GROUP BY 1`);
}

function totalsSinceSafe(date) {
  return knex.raw("SELECT date_trunc('day', created_at) AS day, SUM(total) FROM orders WHERE created_at >= ? GROUP BY 1", [date]);
}

function sortedBy(column, direction) {
  // expect: sql-injection
  return knex('orders').select('*').orderByRaw(column + ' ' + direction);
}

function sortedBySafe(column, direction) {
  return knex('orders').select('*').orderByRaw('?? ' + (direction === 'asc' ? 'asc' : 'desc'), [column]);
}

function withItemCount(minItems) {
  return knex('orders as o')
    .select('o.id', knex.raw('count(i.id) as items'))
    .leftJoin('order_items as i', 'i.order_id', 'o.id')
    .groupBy('o.id')
    .havingRaw('count(i.id) >= ?', [Number(minItems) || 1]);
}

function byExternalRef(ref) {
  return knex('orders').where(knex.raw('lower(external_ref)'), '=', String(ref).toLowerCase()).first();
}

async function bulkCancel(ids, reason) {
  const placeholders = ids.map(() => '?').join(',');
  return knex.raw(`UPDATE orders SET status = 'cancelled', cancel_reason = ? WHERE id IN (${placeholders})`, [reason, ...ids]);
}

async function bulkTag(ids, tag) {
  // expect: sql-injection
  return knex.raw(`UPDATE orders SET tags = array_append(tags, '${tag}') WHERE id IN (${ids.join(',')})`);
}

function selectColumn(name) {
  // expect: sql-injection
  return knex('orders').select(knex.raw(name)).limit(100);
}

module.exports = { listOrders, searchByNote, searchByNoteSafe, totalsSince, totalsSinceSafe, sortedBy, sortedBySafe, withItemCount, byExternalRef, bulkCancel, bulkTag, selectColumn };
