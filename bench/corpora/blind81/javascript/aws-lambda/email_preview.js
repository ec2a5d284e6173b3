'use strict';

const util = require('util');
const { format } = require('util');
const { SESClient, SendEmailCommand } = require('@aws-sdk/client-ses');
const escape = require('escape-html');

const ses = new SESClient({});

function renderPreview(event) {
  const data = JSON.parse(event.body);
  // expect: xss
  const greeting = '<p>Dear ' + data.firstName + ',</p>';
  // expect: xss
  const intro = '<div class="intro">'.concat(data.message, '</div>');
  // expect: xss
  const footer = util.format('<footer>Sent by %s</footer>', data.sender);
  // expect: xss
  const sig = format('<em>%s</em>', event.headers['x-signature-line']);
  // expect: xss
  const cta = `<a class="btn" href="/orders">${data.ctaLabel}</a>`;
  console.log(`<preview for ${data.firstName}>`);
  const safeName = '<p>Dear ' + escape(data.firstName) + ',</p>';
  const plain = 'Dear ' + data.firstName + ',\n' + data.message;
  return { html: greeting + intro + cta + footer + sig, safeName, plain };
}

async function sendPreview(event) {
  const { html, plain } = renderPreview(event);
  await ses.send(new SendEmailCommand({
    Source: process.env.FROM_ADDRESS,
    Destination: { ToAddresses: [process.env.PREVIEW_ADDRESS] },
    Message: {
      Subject: { Data: 'Preview' },
      Body: { Html: { Data: html }, Text: { Data: plain } },
    },
  }));
  return { statusCode: 202, body: JSON.stringify({ queued: true }) };
}

exports.handler = sendPreview;
