'use strict';

const Hapi = require('@hapi/hapi');
const Yar = require('@hapi/yar');
const auth = require('./plugins/auth');
const routes = require('./routes/settings');

async function init() {
  const server = Hapi.server({ port: Number(process.env.PORT || 3400), host: '127.0.0.1' });
  await server.register([
    { plugin: Yar, options: { cookieOptions: { password: process.env.YAR_PASSWORD, isSecure: true } } },
    auth,
  ]);
  server.route(routes);
  await server.start();
  return server;
}

process.on('unhandledRejection', (err) => {
  console.error(err);
  process.exit(1);
});

init();
