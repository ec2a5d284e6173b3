'use strict';

const { format } = require('util');
const escapeHtml = require('escape-html');
const { removeSubscriber } = require('./subscribers');

const PAGE_HEAD = '<!doctype html><html><head><meta charset="utf-8"><title>Newsletter</title></head><body>';

const unsubscribe = async (event) => {
  const qs = event.queryStringParameters || {};
  const email = qs.email || '';
  await removeSubscriber(email);

  let page = PAGE_HEAD;
  // expect: xss
  page += '<h1>' + email + ' has been unsubscribed</h1>';
  // expect: xss
  page += format('<p><a href="%s">Back to the shop</a></p>', qs.returnUrl || '/');
  page += '<p>You will not receive further newsletters.</p></body></html>';

  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    // expect: xss
    body: page,
  };
};

function confirmPage(event) {
  const body = JSON.parse(event.body || '{}');
  const safeName = escapeHtml(body.name || 'there');
  const header = `<h1>Thanks, ${safeName}</h1>`;
  // expect: xss
  const note = '<div class="note">'.concat(body.note || '', '</div>');
  console.log(`<confirm> rendered for ${body.email}`);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    // expect: xss
    body: PAGE_HEAD + header + note + '</body></html>',
  };
}

exports.handler = unsubscribe;
exports.confirm = confirmPage;
