'use strict';
const Hapi = require('@hapi/hapi');
const Joi = require('joi');
const Wreck = require('@hapi/wreck');
const { Client } = require('pg');
const { spawn } = require('child_process');
const fs = require('fs/promises');
const path = require('path');

const db = new Client();
const EXPORTS = path.resolve('/srv/exports');
const REGIONS = { eu: 'https://eu.api.example.com', us: 'https://us.api.example.com' };

function ordersSql(region, status) {
  return "SELECT id FROM orders WHERE region = '" + region + "' AND status = '" + status + "'";
}

async function start() {
  const server = Hapi.server({ port: 3000 });

  server.route({
    method: 'GET',
    path: '/orders',
    handler: async (request) => {
      const { region, status } = request.query;
      // expect: sql-injection
      const { rows } = await db.query(ordersSql(region, status));
      return rows;
    },
  });

  server.route({
    method: 'GET',
    path: '/orders/open-eu',
    handler: async () => {
      const { rows } = await db.query(ordersSql('eu', 'open'));
      return rows;
    },
  });

  server.route({
    method: 'GET',
    path: '/orders/validated',
    options: {
      validate: { query: Joi.object({ region: Joi.string().valid('eu', 'us').required(), status: Joi.string().valid('open', 'shipped').required() }) },
    },
    handler: async (request) => {
      const { rows } = await db.query('SELECT id FROM orders WHERE region = $1 AND status = $2', [request.query.region, request.query.status]);
      return rows;
    },
  });

  server.route({
    method: 'GET',
    path: '/exports/{file}',
    handler: async (request, h) => {
      // expect: path-traversal
      const data = await fs.readFile(path.join(EXPORTS, request.params.file));
      return h.response(data).type('text/csv');
    },
  });

  server.route({
    method: 'GET',
    path: '/exports-safe/{file}',
    handler: async (request, h) => {
      const file = path.join(EXPORTS, path.basename(request.params.file));
      return h.response(await fs.readFile(file)).type('text/csv');
    },
  });

  server.route({
    method: 'POST',
    path: '/zip',
    handler: (request, h) => {
      const { name } = request.payload;
      // expect: command-injection
      spawn('zip', ['-r', `/srv/zips/${name}.zip`, '.'], { shell: true, cwd: EXPORTS });
      return h.response().code(202);
    },
  });

  server.route({
    method: 'POST',
    path: '/zip-safe',
    handler: (request, h) => {
      const name = String(request.payload.name).replace(/[^\w-]/g, '');
      spawn('zip', ['-r', `/srv/zips/${name}.zip`, '.'], { cwd: EXPORTS });
      return h.response().code(202);
    },
  });

  server.route({
    method: 'GET',
    path: '/relay',
    handler: async (request) => {
      // expect: ssrf
      const { payload } = await Wreck.get(request.query.target, { json: true });
      return payload;
    },
  });

  server.route({
    method: 'GET',
    path: '/relay/{region}',
    handler: async (request) => {
      const base = REGIONS[request.params.region];
      if (!base) return { error: 'unknown region' };
      const { payload } = await Wreck.get(`${base}/status`, { json: true });
      return payload;
    },
  });

  server.route({
    method: 'GET',
    path: '/hello',
    handler: (request, h) => {
      // expect: xss
      return h.response(`<p>Hello ${request.query.name}</p>`).type('text/html');
    },
  });

  server.route({
    method: 'GET',
    path: '/login/done',
    handler: (request, h) => {
      // expect: open-redirect
      return h.redirect(request.query.next || '/');
    },
  });

  await db.connect();
  await server.start();
  return server;
}

module.exports = { start, ordersSql };
