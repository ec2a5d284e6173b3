// node-config file for the notification service (NODE_ENV=production).
const { readFileSync } = require('fs');

module.exports = {
  port: Number(process.env.PORT || 8080),
  db: {
    host: process.env.PGHOST,
    user: 'notify',
    password: process.env.PGPASSWORD,
    ssl: { ca: readFileSync('/etc/ssl/certs/rds-ca.pem', 'utf8') },
  },
  slack: {
    // expect: secret
    botToken: 'xoxb-67521530903-7429742402299-tua7d10tRwKwcGXrNabOcXI1',
    signingSecret: process.env.SLACK_SIGNING_SECRET,
    alertsChannel: 'C04QW8ZK2JD',
  },
  sendgrid: {
    apiKey: process.env.SENDGRID_API_KEY || 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    templateId: 'd-9b016d0113bc9a0d5fd20797e3d4f38a',
  },
  openai: {
    // expect: secret
    apiKey: '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',
    model: 'gpt-4o-mini',
  },
  anthropic: {
    apiKey: process.env.ANTHROPIC_API_KEY,
  },
  sentry: {
    release: '69f14017c7e7f6277e14b7872efdd31f8a1cd12a',
  },
  jwt: {
    // expect: secret
    secret: 'eb0da1c93dad1bc1aeb0b900d0ebd64011404f5eee4b36cb417b9496fd9525f5',
    publicKeyPath: '/etc/notify/jwt.pub',
    expiresIn: '15m',
  },
  github: {
    // expect: secret
    token: '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',
    appId: 381245,
    webhookSecretEnv: 'GITHUB_WEBHOOK_SECRET',
  },
  test: {
    githubToken: 'ghp_' + 'x'.repeat(36),
    slackToken: 'xoxb-test-token',
  },
};
