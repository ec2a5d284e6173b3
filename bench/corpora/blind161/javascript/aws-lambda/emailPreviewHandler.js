// Lambda: builds the HTML for transactional e-mail previews in the admin tool.
const util = require('util');

const BRAND = 'Northwind Supply';

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
}

function layout(inner) {
  return '<html><body style="font-family:sans-serif">' + inner + '<p>' + BRAND + '</p></body></html>';
}

exports.handler = async (event) => {
  const data = JSON.parse(event.body || '{}');
  const kind = event.pathParameters && event.pathParameters.kind;
  let inner;

  if (kind === 'welcome') {
    // expect: xss
    inner = '<h1>Welcome, ' + data.firstName + '!</h1>';
  } else if (kind === 'shipped') {
    // expect: xss
    inner = `<p>Your order ${data.orderNumber} shipped to <b>${data.address.city}</b>.</p>`;
  } else if (kind === 'reset') {
    inner = '<p>Hello ' + escapeHtml(data.firstName) + ', use the link in the e-mail to reset your password.</p>';
  } else if (kind === 'survey') {
    // expect: xss
    inner = util.format('<p>%s asked us to follow up: %s</p>', escapeHtml(data.agent), data.question);
  } else {
    inner = '<p>Preview not available.</p>';
  }

  console.log('<preview> kind=' + kind + ' for ' + data.email);
  return { statusCode: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: layout(inner) };
};
