'use strict';

const util = require('util');
const escapeHtml = require('escape-html');

exports.handler = async function (event, context) {
  const params = event.queryStringParameters || {};
  const name = params.name || 'guest';
  // expect: xss
  let body = '<h1>Hello ' + name + '</h1>';
  // expect: xss
  body += `<p>You searched for ${params.q}</p>`;
  // expect: xss
  body += util.format('<div class="%s">%s</div>', params.theme, event.pathParameters.section);
  const tags = (params.tags || '').split(',');
  // expect: xss
  body += '<ul><li>'.concat(tags.join('</li><li>'), '</li></ul>');

  console.log(`<p>request ${context.awsRequestId} for ${name}</p>`);
  const footer = '<footer>Hi ' + escapeHtml(name) + '</footer>';

  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    body: body + footer,
  };
};

exports.json = async function (event) {
  return { statusCode: 200, body: JSON.stringify({ hello: event.queryStringParameters.name }) };
};
