'use strict';

const escapeHtml = require('escape-html');

const HTML = { 'Content-Type': 'text/html' };

exports.handler = function (event, context, callback) {
  const qs = event.queryStringParameters || {};
  const path = event.rawPath || event.path;

  if (path === '/hello') {
    const name = qs.name || 'guest';
    callback(null, {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: '<h1>Hello ' + name + '</h1>',
    });
    return;
  }

  if (path === '/search') {
    callback(null, {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' },
      // expect: xss
      body: `<p>No results for ${qs.q}</p>`,
    });
    return;
  }

  if (path === '/echo') {
    const payload = JSON.parse(event.body || '{}');
    // expect: xss
    callback(null, { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: payload.html });
    return;
  }

  if (path === '/greet') {
    callback(null, {
      statusCode: 200,
      headers: HTML,
      body: '<h1>Hello ' + escapeHtml(qs.name || 'guest') + '</h1>',
    });
    return;
  }

  if (path === '/status') {
    callback(null, {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ok: true, q: qs.q }),
    });
    return;
  }

  callback(null, { statusCode: 404, headers: { 'Content-Type': 'text/html' }, body: '<h1>Not found</h1>' });
};
