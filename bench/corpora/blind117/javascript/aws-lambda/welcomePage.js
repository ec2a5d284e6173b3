'use strict';

const escapeHtml = require('escape-html');

exports.handler = async function (event, context) {
  const params = event.queryStringParameters || {};
  const name = params.name || 'guest';
  if (params.mode === 'json') {
    return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) };
  }
  if (params.mode === 'plain') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: '<h1>Welcome, ' + name + '</h1>'
    };
  }
  if (params.mode === 'promo') {
    const promo = event.pathParameters.promo;
    // expect: xss
    return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: `<p>Code ${promo} applied</p>` };
  }
  if (params.mode === 'ref') {
    const page = '<a href="' + event.headers.Referer + '">Back</a>';
    // expect: xss
    return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: page };
  }
  if (params.mode === 'safe') {
    return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: '<h1>Welcome, ' + escapeHtml(name) + '</h1>' };
  }
  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: '<h1>Welcome</h1>' };
};
