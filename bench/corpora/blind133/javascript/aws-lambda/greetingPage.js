'use strict';

const util = require('util');

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function page(statusCode, html) {
  return { statusCode, headers: { 'Content-Type': 'text/html' }, body: html };
}

exports.handler = async function (event, context) {
  const params = event.queryStringParameters || {};
  const path = event.rawPath || '/';
  console.log(`<request> ${path} from ${event.requestContext.http.sourceIp}`);

  if (path === '/hello') {
    // expect: xss
    const html = '<h1>Hello, ' + params.name + '!</h1>';
    return page(200, html);
  }

  if (path === '/search') {
    const q = params.q || '';
    // expect: xss
    const html = `<p class="summary">No results for <strong>${q}</strong></p>`;
    return page(404, html);
  }

  if (path === '/share') {
    const body = JSON.parse(event.body || '{}');
    // expect: xss
    const html = util.format('<a href="%s">%s</a>', body.url, body.label);
    return page(200, html);
  }

  if (path === '/welcome') {
    const html = '<h1>Welcome back, ' + escapeHtml(params.name || 'guest') + '</h1>';
    return page(200, html);
  }

  const footer = '<footer>Served by ' + context.functionName + '</footer>';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    body: '<p>Nothing here.</p>' + footer,
  };
};
