'use strict';

const Hapi = require('@hapi/hapi');
const Inert = require('@hapi/inert');
const Vision = require('@hapi/vision');

const ticketRoutes = require('./routes/tickets');
const directoryRoutes = require('./routes/directory');
const importRoutes = require('./routes/imports');

async function init() {
  const server = Hapi.server({
    port: Number(process.env.PORT || 5000),
    host: process.env.HOST || 'localhost',
    routes: { cors: { origin: ['https://helpdesk.example.com'] } },
  });

  await server.register([Inert, Vision]);

  server.ext('onPreHandler', (request, h) => {
    request.app.requester = request.headers['x-requester'] || 'unknown';
    request.app.queue = request.query.queue || 'general';
    request.app.version = '2.4';
    return h.continue;
  });

  server.route([...ticketRoutes, ...directoryRoutes, ...importRoutes]);

  await server.start();
  console.log('helpdesk running on %s', server.info.uri);
  return server;
}

process.on('unhandledRejection', (err) => {
  console.error(err);
  process.exit(1);
});

if (require.main === module) {
  init();
}

module.exports = { init };
