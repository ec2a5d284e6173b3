const escapeHtml = require('escape-html');

const HTML_HEADERS = { 'Content-Type': 'text/html' };

function renderLanding(event, context) {
  const path = event.rawPath || event.path;
  const query = event.queryStringParameters || {};

  if (path === '/hello') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: `<html><body><h1>Hello ${query.name}</h1></body></html>`,
    };
  }

  if (path === '/search') {
    const term = query.q || '';
    let html = '<html><body><p>Results for ';
    html += term;
    html += '</p></body></html>';
    // expect: xss
    return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: html };
  }

  if (path === '/comment' && event.body) {
    const comment = JSON.parse(event.body);
    const page = '<div class="comment">' + comment.text + '</div>';
    return {
      statusCode: 201,
      headers: { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' },
      // expect: xss
      body: page,
    };
  }

  if (path === '/back') {
    const referer = event.headers.referer || event.headers.Referer;
    return {
      statusCode: 200,
      headers: HTML_HEADERS,
      // expect: xss
      body: '<a href="' + referer + '">Go back</a>',
    };
  }

  // Safe: escaped before it goes into HTML.
  if (path === '/welcome') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      body: `<h1>Welcome ${escapeHtml(query.name || 'guest')}</h1>`,
    };
  }

  // Safe: JSON, not HTML.
  return {
    statusCode: 404,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ error: 'not found', path, requestId: context.awsRequestId }),
  };
}

exports.handler = renderLanding;
