'use strict';

const knex = require('../lib/knex');

const SORTABLE = ['email', 'created', 'status'];

async function listDTAjax(context, listId, params) {
  const table = `subscription__${Number(listId)}`;
  const q = knex(table).select('id', 'email', 'status', 'created');
  if (params.search && params.search.value) {
    // expect: sql-injection
    q.whereRaw(`email LIKE '%${params.search.value}%' OR first_name LIKE '%${params.search.value}%'`);
  }
  const column = SORTABLE.includes(params.orderBy) ? params.orderBy : 'created';
  return q.orderBy(column, params.dir === 'asc' ? 'asc' : 'desc').limit(Number(params.length) || 50);
}

async function listByStatus(context, listId, status) {
  return knex(`subscription__${Number(listId)}`).whereRaw('status = ?', [status]).select('id', 'email');
}

module.exports = { listDTAjax, listByStatus };
