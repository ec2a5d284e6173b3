'use strict';
// Runtime configuration for the notifications service.
const path = require('path');

const env = process.env.NODE_ENV || 'development';

// expect: secret
const GITHUB_TOKEN = 'ghp_Hd9MRHONf216qhYmDQIOFsYVMgtin76l1Skp';

const config = {
  env,
  port: Number(process.env.PORT || 3000),
  github: {
    org: 'example',
    token: process.env.GITHUB_TOKEN || GITHUB_TOKEN,
    appId: 318274,
  },
  slack: {
    // expect: secret
    webhookUrl: 'https://hooks.slack.com/services/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',
    channel: '#deploys',
    botToken: process.env.SLACK_BOT_TOKEN,
  },
  mongo: {
    // expect: secret
    uri: 'mongodb+srv://notifier:Nimbus!Falcon-8842@cluster0.ab12c.mongodb.net/notify?retryWrites=true',
    fallbackUri: 'mongodb://localhost:27017/notify',
  },
  gitlab: {
    url: 'https://gitlab.example.com',
    // expect: secret
    token: 'glpat-9GYXDcg4BAXl_L0bkXmC',
  },
  twilio: {
    accountSid: 'AC73313019058805be9ceda33c16cafb2d',
    // expect: secret
    apiKeySecret: 'YkPvdRHUNL9yf4StfxDPNV2adCV1jFzY',
    apiKeySid: process.env.TWILIO_API_KEY_SID,
  },
  stripe: {
    publishableKey: 'pk_live_LQesCJay5xRsUAeqGGQQa0mF25Byvfw0kheXKQLwAdHQ3EcSTcHhnL4FByGiR12iTL4SwjRRf79nGfwfuZ9QV3QKmWfARnMhK4J',
    // expect: secret
    secretKey: 'sk_live_22zBOZMn2UuQKVSzmir80suY',
  },
  auth: {
    passwordField: 'password',
    passwordMinLength: 12,
    tokenHeader: 'x-access-token',
    // expect: secret
    jwtSecret: 'ee707fde312e459a19efc7ecc3989f4d20c0e3e10d755bf8b604d95a1dab620a',
  },
  templatesDir: path.join(__dirname, 'templates'),
  buildSha: '4f5bb77deb12f87ca2ba5286c797f6c130613f44',
};

const labels = {
  password: 'Password',
  confirmPassword: 'Confirm password',
  apiKey: 'API key',
  secretHint: 'Paste your secret key here',
};

function redact(value) {
  return value ? `${String(value).slice(0, 4)}****` : '';
}

module.exports = { config, labels, redact };
