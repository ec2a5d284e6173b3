'use strict';

const { WebClient } = require('@slack/web-api');
const twilio = require('twilio');
const sgMail = require('@sendgrid/mail');

// Slack bot used by the on-call rotation.
// expect: slack-token
const slack = new WebClient('xoxb-378687378061-7901867339597-nZPOom7xMdi1aUtkvLaJScWt');

// Twilio: the account SID is an identifier, the auth token is the secret.
const TWILIO_ACCOUNT_SID = 'ACe516a5f0d3abd0bce8b0c802bdaad467';
// expect: twilio-token
const TWILIO_AUTH_TOKEN = '6bd4b11dbc8bc385af21e27280345413';
const sms = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

const config = {
  channel: process.env.ONCALL_CHANNEL || '#oncall',
  fromNumber: '+15005550006',
  twilio: {
    // expect: twilio-api-key
    apiKey: 'SKbd189469536eea3a0a21ef81d0db103b',
    apiSecret: process.env.TWILIO_API_SECRET,
  },
  retries: 3,
  requestId: '19a23198-db4d-4ad9-a626-d92ba7945aae',
};

async function notifyOnCall(incident) {
  const text = `:rotating_light: ${incident.service}: ${incident.summary}`;
  await slack.chat.postMessage({ channel: config.channel, text });
  for (const phone of incident.pagerPhones) {
    await sms.messages.create({ to: phone, from: config.fromNumber, body: text.slice(0, 150) });
  }
}

async function emailPostmortem(to, doc) {
  await sgMail.send({
    to,
    from: 'oncall@acme.example',
    subject: `Postmortem: ${doc.title}`,
    text: doc.body,
  });
}

module.exports = { notifyOnCall, emailPostmortem, config };
