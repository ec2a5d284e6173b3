const escapeHtml = require('escape-html');

exports.handler = async function (event) {
  const name = (event.queryStringParameters && event.queryStringParameters.name) || 'guest';
  const path = event.path;

  if (path === '/hello') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: `<html><body><h1>Hello ${name}!</h1></body></html>`,
    };
  }

  if (path === '/echo') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: event.body,
    };
  }

  if (path === '/card') {
    const card = JSON.parse(event.body || '{}');
    // expect: xss
    const html = '<div class="card"><h2>' + card.title + '</h2><p>' + card.message + '</p></div>';
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: html,
    };
  }

  if (path === '/search') {
    // expect: xss
    return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: '<p>No results for ' + event.queryStringParameters.q + '</p>' };
  }

  if (path === '/hello-safe') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      body: `<html><body><h1>Hello ${escapeHtml(name)}!</h1></body></html>`,
    };
  }

  if (path === '/hello.json') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ greeting: `Hello ${name}` }),
    };
  }

  return { statusCode: 404, headers: { 'Content-Type': 'text/plain' }, body: 'not found' };
};
