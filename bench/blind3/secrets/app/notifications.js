'use strict';

const { WebClient } = require('@slack/web-api');
const twilio = require('twilio');
const sgMail = require('@sendgrid/mail');

// Slack bot used by the on-call rotation.
// expect: slack-token
const slack = new WebClient('xoxb-528643621638-5306728013641-GS9ckKqsaFiFHRMvbaWcOVek');

// Twilio: the account SID is an identifier, the auth token is the secret.
const TWILIO_ACCOUNT_SID = 'AC48d59754031e80278c9e586dd7b935a5';
// expect: twilio-token
const TWILIO_AUTH_TOKEN = '224f51e4e8fa3843a786981f5fae135c';
const sms = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

sgMail.setApiKey(process.env.SENDGRID_API_KEY);

const config = {
  channel: process.env.ONCALL_CHANNEL || '#oncall',
  fromNumber: '+15005550006',
  twilio: {
    // expect: twilio-api-key
    apiKey: 'SKda17ccb44c0c0dc46728cca15123cb3f',
    apiSecret: process.env.TWILIO_API_SECRET,
  },
  retries: 3,
  requestId: '313a48e3-420b-4fc4-8b2d-f2b654cb9f2a',
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
