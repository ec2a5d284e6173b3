'use strict';

const Hoek = require('@hapi/hoek');
const Path = require('path');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const ATTACH_ROOT = Path.resolve(process.env.ATTACH_ROOT || '/srv/helpdesk/attachments');
const STATUSES = ['open', 'pending', 'closed'];

module.exports = [
  {
    method: 'GET',
    path: '/tickets',
    handler: async (request) => {
      const status = STATUSES.includes(request.query.status) ? request.query.status : 'open';
      const { rows } = await pool.query(`SELECT id, subject FROM tickets WHERE status = '${status}' AND queue = $1`, [request.app.queue]);
      return rows;
    },
  },
  {
    method: 'GET',
    path: '/tickets/mine',
    handler: async (request) => {
      const who = request.app.requester;
      // expect: sql-injection
      const { rows } = await pool.query(`SELECT id, subject FROM tickets WHERE requester = '${who}'`);
      return rows;
    },
  },
  {
    method: 'GET',
    path: '/tickets/{id}/welcome',
    handler: (request, h) => {
      const name = request.query.name || 'there';
      // expect: xss
      return h.response(`<h2>Hello ${name}, ticket ${request.params.id} is open.</h2>`).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/tickets/{id}/welcome-safe',
    handler: (request, h) => {
      const name = Hoek.escapeHtml(request.query.name || 'there');
      const id = Number(request.params.id);
      return h.response(`<h2>Hello ${name}, ticket ${id} is open.</h2>`).type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/tickets/{id}/attachments/{file*}',
    handler: (request, h) => {
      const file = Path.join(ATTACH_ROOT, request.params.id, request.params.file);
      // expect: path-traversal
      return h.file(file, { confine: false });
    },
  },
  {
    method: 'GET',
    path: '/v2/tickets/{id}/attachments/{file*}',
    handler: (request, h) => h.file(Path.join(String(Number(request.params.id)), request.params.file), { confine: ATTACH_ROOT }),
  },
  {
    method: 'GET',
    path: '/tickets/{id}/close',
    handler: (request, h) => {
      const back = request.query.back;
      if (back && back.startsWith('/') && !back.startsWith('//') && !back.includes('\\')) {
        return h.redirect(back);
      }
      return h.redirect('/tickets');
    },
  },
  {
    method: 'GET',
    path: '/tickets/{id}/open-external',
    handler: (request, h) => {
      const target = request.query.url || '/tickets';
      // expect: open-redirect
      return h.redirect(target);
    },
  },
];
