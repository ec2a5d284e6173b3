'use strict';

// Lambda behind API Gateway that renders small HTML pages for the kiosk.
const escapeHtml = require('escape-html');

const HEADERS = { 'Content-Type': 'text/html; charset=utf-8' };

function page(body) {
  return { statusCode: 200, headers: HEADERS, body: '<!doctype html><html><body>' + body + '</body></html>' };
}

exports.handler = async function (event, context) {
  const params = event.queryStringParameters || {};
  const name = params.name || 'guest';
  console.log('<render> greeting for ' + name);

  if (params.view === 'raw') {
    // expect: xss
    return page('<h1>Hello ' + name + '</h1>');
  }

  if (params.view === 'card') {
    const body = JSON.parse(event.body || '{}');
    // expect: xss
    const html = `<div class="card"><h2>${body.title}</h2><p>${body.message}</p></div>`;
    return page(html);
  }

  if (params.view === 'list') {
    const tags = (params.tags || '').split(',');
    // expect: xss
    const items = tags.map((t) => '<li class="tag">'.concat(t, '</li>')).join('');
    return page('<ul>' + items + '</ul>');
  }

  // Escaped values and non-HTML answers: the look-alikes.
  if (params.view === 'safe') {
    return page('<h1>Hello ' + escapeHtml(name) + '</h1>');
  }
  if (params.view === 'json') {
    return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ hello: name }) };
  }
  return page('<h1>Welcome to the kiosk</h1><p>Request ' + context.awsRequestId + '</p>');
};
