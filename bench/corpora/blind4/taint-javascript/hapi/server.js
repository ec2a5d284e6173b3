'use strict';
const Hapi = require('@hapi/hapi');
const Joi = require('joi');
const { Sequelize, QueryTypes } = require('sequelize');
const Wreck = require('@hapi/wreck');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });

async function start() {
  const server = Hapi.server({ port: Number(process.env.PORT || 3000) });

  server.route({
    method: 'GET',
    path: '/invoices',
    handler: async (request) => {
      const { customer } = request.query;
      // expect: tainted-sql
      return sequelize.query(`SELECT * FROM invoices WHERE customer = '${customer}'`, { type: QueryTypes.SELECT });
    },
  });

  server.route({
    method: 'GET',
    path: '/invoices2',
    options: { validate: { query: Joi.object({ customer: Joi.string().alphanum().max(32) }) } },
    handler: async (request) =>
      sequelize.query('SELECT * FROM invoices WHERE customer = $customer', {
        bind: { customer: request.query.customer },
        type: QueryTypes.SELECT,
      }),
  });

  server.route({
    method: 'GET',
    path: '/out',
    // expect: tainted-redirect
    handler: (request, h) => h.redirect(request.query.to),
  });

  server.route({
    method: 'GET',
    path: '/hi/{name}',
    handler: (request, h) => {
      // expect: tainted-xss
      return h.response('<p>Hi ' + request.params.name + '</p>').type('text/html');
    },
  });

  server.route({
    method: 'GET',
    path: '/hi2/{name}',
    handler: (request, h) => h.response('Hi ' + request.params.name).type('text/plain'),
  });

  server.route({
    method: 'POST',
    path: '/relay',
    handler: async (request) => {
      const { endpoint } = request.payload;
      // expect: tainted-ssrf
      const { payload } = await Wreck.get(endpoint, { timeout: 5000 });
      return payload.toString();
    },
  });

  await server.start();
  return server;
}

module.exports = { start };
