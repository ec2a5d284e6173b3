// API Gateway Lambda: HTML preview of an event invitation before it is sent.
const { getEvent } = require('./lib/events');
const { escapeHtml } = require('./lib/html');

const HTML = { 'Content-Type': 'text/html; charset=utf-8' };

function page(inner) {
  return '<!doctype html><html><head><title>Invitation</title></head><body>' + inner + '</body></html>';
}

exports.handler = async function (event, context) {
  const q = event.queryStringParameters || {};
  const ev = await getEvent(event.pathParameters.eventId);
  if (!ev) {
    return { statusCode: 404, headers: { 'Content-Type': 'text/html' }, body: page('<p>No such event</p>') };
  }

  if (q.format === 'json') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: ev.title, guest: q.guest || null }),
    };
  }

  const title = escapeHtml(ev.title);
  if (q.safe === '1') {
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'text/html' },
      body: page(`<h1>${title}</h1><p>Dear ${escapeHtml(q.guest || 'guest')},</p>`),
    };
  }

  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/html' },
    // the guest name and note come from the preview link's query string
    // expect: xss
    body: page(`<h1>${title}</h1><p>Dear ${q.guest},</p><p>${q.note || ''}</p>`),
  };
};
