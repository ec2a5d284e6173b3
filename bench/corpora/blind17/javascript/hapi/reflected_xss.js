// library: @hapi/hapi
const Hapi = require('@hapi/hapi');
const Hoek = require('@hapi/hoek');

async function init() {
  const server = Hapi.server({ port: 3000 });

  server.route({ method: 'GET', path: '/greet', handler: (request, h) => {
    // expect: xss
    return h.response(`<h2>Welcome back, ${request.query.name}</h2>`).type('text/html');
  } });

  server.route({ method: 'GET', path: '/greet-safe', handler: (request, h) => {
    return h.response(`<h2>Welcome back, ${Hoek.escapeHtml(String(request.query.name))}</h2>`).type('text/html');
  } });

  server.route({ method: 'GET', path: '/greet.txt', handler: (request, h) => {
    return h.response(`Welcome back, ${request.query.name}`).type('text/plain');
  } });

  server.route({ method: 'GET', path: '/greet.json', handler: (request) => ({ name: request.query.name }) });

  await server.start();
  return server;
}

module.exports = { init };
