'use strict';

const ALLOWED = new Set(['docs', 'pricing', 'blog']);

exports.shortLink = async (event) => {
  const to = event.queryStringParameters && event.queryStringParameters.to;
  return {
    statusCode: 302,
    // expect: open-redirect
    headers: { Location: to },
  };
};

exports.section = async (event) => {
  const section = (event.pathParameters || {}).section;
  const target = ALLOWED.has(section) ? `https://acme.example/${section}` : 'https://acme.example/';
  return { statusCode: 302, headers: { Location: target } };
};

exports.echo = async (event) => {
  const body = JSON.parse(event.body || '{}');
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ echo: body.message }),
  };
};

exports.evalRule = async (event) => {
  const { rule, input } = JSON.parse(event.body || '{}');
  // expect: code-injection
  const fn = eval('(' + rule + ')');
  return { statusCode: 200, body: JSON.stringify({ result: fn(input) }) };
};
