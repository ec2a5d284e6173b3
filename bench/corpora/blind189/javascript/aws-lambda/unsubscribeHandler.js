'use strict';

const { unsubscribe } = require('./lib/subscribers');
const { escapeHtml } = require('./lib/html');

function page(statusCode, html) {
  return {
    statusCode,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!doctype html><html><body>' + html + '</body></html>',
  };
}

exports.handler = async function (event) {
  const params = event.queryStringParameters || {};
  const email = params.email || '';
  const list = params.list || 'newsletter';

  if (!email.includes('@')) {
    console.log(`<rejected> unsubscribe without email: ${JSON.stringify(params)}`);
    return page(400, '<p>Missing email address.</p>');
  }

  const ok = await unsubscribe(email, list, params.token);
  if (!ok) {
    return page(403, '<p>This unsubscribe link has expired.</p>');
  }

  // expect: xss
  return page(200, `<h1>You are unsubscribed</h1><p>${email} will no longer receive the ${list} list.</p>`);
};

exports.confirmPage = async function (event) {
  const email = (event.queryStringParameters || {}).email || '';
  return page(200, `<p>Unsubscribe <strong>${escapeHtml(email)}</strong>?</p><form method="post"><button>Confirm</button></form>`);
};
