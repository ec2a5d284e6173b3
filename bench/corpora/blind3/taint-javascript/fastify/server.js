'use strict';

const fastify = require('fastify')({ logger: true });
const { promisify } = require('util');
const { exec } = require('child_process');
const path = require('path');
const fs = require('fs');
const sqlite3 = require('sqlite3');

const db = new sqlite3.Database('/srv/app/app.db');
const all = promisify(db.all.bind(db));
const execP = promisify(exec);
const PUBLIC = path.join(__dirname, 'public');

fastify.get('/notes', async (request) => {
  const { owner } = request.query;
  // expect: sql-injection
  return all(`SELECT id, title FROM notes WHERE owner = '${owner}'`);
});

fastify.get('/notes/safe', async (request) => all('SELECT id, title FROM notes WHERE owner = ?', [request.query.owner]));

fastify.get('/hello/:name', async (request, reply) => {
  // expect: xss
  reply.type('text/html').send(`<b>${request.params.name}</b>`);
});

fastify.get('/hello-json/:name', async (request) => ({ hello: request.params.name }));

fastify.post('/lookup', async (request) => {
  const { domain } = request.body;
  // expect: command-injection
  const { stdout } = await execP('whois ' + domain);
  return { stdout };
});

fastify.get('/asset', async (request, reply) => {
  const p = path.join(PUBLIC, request.query.file);
  // expect: path-traversal
  return reply.send(fs.createReadStream(p));
});

fastify.get('/go', async (request, reply) => {
  // expect: open-redirect
  return reply.redirect(request.headers.referer || request.query.back);
});

fastify.listen({ port: 3000, host: '127.0.0.1' });
