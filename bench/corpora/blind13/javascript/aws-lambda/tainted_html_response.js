// library: AWS Lambda (API Gateway proxy responses with text/html bodies)
const escapeHtml = require('escape-html');

exports.greet = async (event) => {
  const name = (event.queryStringParameters || {}).name || 'friend';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    // expect: xss
    body: `<html><body><h1>Hello ${name}</h1></body></html>`,
  };
};

exports.greetSafe = async (event) => {
  const name = (event.queryStringParameters || {}).name || 'friend';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
    body: `<html><body><h1>Hello ${escapeHtml(name)}</h1></body></html>`,
  };
};

exports.error = async (event) => {
  const body = JSON.parse(event.body || '{}');
  // expect: xss
  return { statusCode: 400, headers: { 'content-type': 'text/html' }, body: '<p>Invalid field: ' + body.field + '</p>' };
};

exports.echoJson = async (event) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ path: event.path, q: event.queryStringParameters }),
});

exports.maintenance = async () => ({
  statusCode: 503,
  headers: { 'Content-Type': 'text/html' },
  body: '<html><body><p>Back soon.</p></body></html>',
});
