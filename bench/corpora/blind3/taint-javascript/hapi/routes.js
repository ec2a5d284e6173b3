'use strict';

const Joi = require('joi');
const { Client } = require('pg');
const child = require('child_process');

const pg = new Client({ connectionString: process.env.DATABASE_URL });

module.exports = [
  {
    method: 'GET',
    path: '/tickets',
    handler: async (request) => {
      const status = request.query.status;
      // expect: sql-injection
      const res = await pg.query('SELECT * FROM tickets WHERE status = \'' + status + '\'');
      return res.rows;
    },
  },
  {
    method: 'GET',
    path: '/tickets/validated',
    options: { validate: { query: Joi.object({ status: Joi.string().valid('open', 'closed').required() }) } },
    handler: async (request) => {
      const res = await pg.query('SELECT * FROM tickets WHERE status = $1', [request.query.status]);
      return res.rows;
    },
  },
  {
    method: 'POST',
    path: '/tickets/{id}/attach',
    handler: (request, h) => {
      const { filename } = request.payload;
      // expect: command-injection
      child.execSync('clamscan /srv/attachments/' + request.params.id + '/' + filename);
      return h.response().code(204);
    },
  },
  {
    method: 'GET',
    path: '/tickets/{id}/title',
    handler: (request, h) => {
      // expect: xss
      return h.response('<h1>' + request.query.title + '</h1>').type('text/html');
    },
  },
  {
    method: 'GET',
    path: '/out',
    handler: (request, h) => {
      // expect: open-redirect
      return h.redirect(request.query.next);
    },
  },
];
