'use strict';

const util = require('util');
const { format } = require('util');

const HEADERS = { 'Content-Type': 'text/html; charset=utf-8' };

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function page(inner) {
  return '<!doctype html><html><body>' + inner + '</body></html>';
}

async function handleUnsubscribe(event) {
  const qs = event.queryStringParameters || {};
  const body = event.body ? JSON.parse(event.body) : {};
  console.log(`<unsubscribe> ${event.requestContext.requestId} ${qs.email}`);

  if (event.httpMethod === 'GET') {
    // expect: xss
    const greeting = '<h1>Sorry to see you go, ' + qs.name + '</h1>';
    // expect: xss
    const back = util.format('<a class="back" href="%s">Back to the shop</a>', qs.next);
    return { statusCode: 200, headers: HEADERS, body: page(greeting + back) };
  }

  if (body.reason) {
    // expect: xss
    const note = `<p class="reason">You told us: ${body.reason}</p>`;
    return { statusCode: 200, headers: HEADERS, body: page(note) };
  }

  if (body.list) {
    // expect: xss
    const confirm = '<div class="confirm">'.concat('Removed from ', body.list, '</div>');
    return { statusCode: 200, headers: HEADERS, body: page(confirm) };
  }

  const safe = format('<p>Unsubscribed %s</p>', escapeHtml(qs.email || ''));
  return { statusCode: 200, headers: HEADERS, body: page(safe) };
}

async function status(event) {
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ok: true, id: event.requestContext.requestId }) };
}

exports.handler = handleUnsubscribe;
exports.status = status;
