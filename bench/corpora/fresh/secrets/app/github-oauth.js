// OAuth config for the docs site login (GitHub).
const { Strategy: GitHubStrategy } = require('passport-github2');

const config = {
  clientID: process.env.GITHUB_CLIENT_ID || 'Ov23likcNHmlszTZz8Rb',
  // expect: secret
  clientSecret: process.env.GITHUB_CLIENT_SECRET || '5ace6f31fc8e10725ec21e7070e4d3ad71279f62',
  callbackURL: 'https://docs.example.com/auth/github/callback',
  scope: ['read:user'],
};

const deployCommit = '6bd771a9f26309c892f1395ff2afe3bbb895899d';

// expect: secret
const GH_APP_CLIENT_SECRET = '4069367c0b356c9a940d4589902b38b39c37b8fa';

const vault = {
  endpoint: 'https://vault.internal.example.com:8200',
  // expect: secret
  token: 'hvs.AOVMkU3KSLcVYG1LXWhWsrBS',
  tokenFile: process.env.VAULT_TOKEN_FILE,
};

module.exports = { strategy: new GitHubStrategy(config, (at, rt, profile, done) => done(null, profile)), deployCommit, GH_APP_CLIENT_SECRET, vault };
