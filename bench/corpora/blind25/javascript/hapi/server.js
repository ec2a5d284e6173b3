'use strict';
// Hapi server for the events calendar.
const Hapi = require('@hapi/hapi');

const init = async () => {
  const server = Hapi.server({ port: 3000, host: 'localhost' });

  server.state('session', {
    ttl: 24 * 60 * 60 * 1000,
    isSecure: true,
    isHttpOnly: true,
    isSameSite: 'Strict',
    encoding: 'base64json',
  });

  server.state('legacy_session', {
    ttl: null,
    // expect: insecure-cookie
    isSecure: false,
    encoding: 'base64json',
  });

  server.state('tracker', {
    // expect: insecure-cookie
    isHttpOnly: false,
    isSecure: true,
  });

  server.route({
    method: 'GET',
    path: '/events/go',
    handler: (request, h) => {
      // expect: open-redirect
      return h.redirect(request.query.next);
    },
  });

  server.route({
    method: 'GET',
    path: '/events/title',
    handler: (request, h) => {
      // expect: xss
      return h.response('<h1>' + request.query.title + '</h1>').type('text/html');
    },
  });

  server.route({
    method: 'GET',
    path: '/events/title.txt',
    handler: (request, h) => h.response(String(request.query.title)).type('text/plain'),
  });

  await server.start();
};

init();
