'use strict';

// Lambda behind API Gateway that serves the event landing pages.

const HEAD = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Event</title></head><body>';
const TAIL = '</body></html>';

function page(inner) {
  return HEAD + inner + TAIL;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

exports.handler = async function (event) {
  const qs = event.queryStringParameters || {};
  const guest = qs.name || 'guest';
  console.log(`<p>landing hit from ${event.requestContext && event.requestContext.identity.sourceIp}</p>`);

  // expect: xss
  const greeting = `<h1>Welcome, ${guest}!</h1>`;
  // expect: xss
  const banner = '<div class="banner">' + qs.promo + '</div>';
  // expect: xss
  const back = "<a href='".concat(qs.returnTo, "'>Back</a>");
  const session = (event.pathParameters || {}).session;
  // expect: xss
  const footer = `<footer>Session: ${session}</footer>`;

  const safeGuest = `<p class="small">Signed in as ${escapeHtml(guest)}</p>`;
  const fixed = '<p>Doors open at 18:00.</p>';

  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: page(greeting + banner + back + footer + safeGuest + fixed),
  };
};
