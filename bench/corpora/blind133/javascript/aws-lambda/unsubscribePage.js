'use strict';

const { unsubscribe } = require('./lib/subscriptions');

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

async function handler(event) {
  const params = event.queryStringParameters || {};
  const email = params.email || '';
  const list = params.list || 'newsletter';

  if (event.requestContext.http.method === 'POST') {
    const form = new URLSearchParams(event.body || '');
    await unsubscribe(form.get('email'), form.get('list'));
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: '<p>' + form.get('email') + ' was removed from ' + form.get('list') + '.</p>',
    };
  }

  if (!email) {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      // expect: xss
      body: `<form method="post"><input name="email" value="${params.prefill}"><button>Unsubscribe</button></form>`,
    };
  }

  if (params.format === 'json') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, list, subscribed: true }),
    };
  }

  if (params.safe === '1') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      body: '<p>Confirm unsubscribing ' + escapeHtml(email) + '</p>',
    };
  }

  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    // expect: xss
    body: `<h1>Unsubscribe ${email} from ${list}?</h1><form method="post"></form>`,
  };
}

exports.handler = handler;
