'use strict';

const settings = {
  publicUrl: process.env.PUBLIC_URL || 'https://login.example.com',
  appOrigins: (process.env.APP_ORIGINS || 'https://app.example.com,https://admin.example.com').split(','),
  ldap: {
    url: process.env.LDAP_URL || 'ldaps://ldap.example.com',
    baseDn: process.env.LDAP_BASE_DN || 'ou=people,dc=example,dc=com',
    bindDn: process.env.LDAP_BIND_DN,
    bindPassword: process.env.LDAP_BIND_PASSWORD,
  },
  issuers: {
    google: 'https://openidconnect.googleapis.com/v1/userinfo',
    corp: 'https://idp.example.com/oauth2/userinfo',
  },
};

// Registered OAuth clients. In production this is loaded from the admin database at boot.
const CLIENTS = new Map([
  ['dashboard', { name: 'Dashboard', redirectUris: ['https://app.example.com/auth/callback'], scopes: ['openid', 'email', 'profile'] }],
  ['admin', { name: 'Admin console', redirectUris: ['https://admin.example.com/oauth/callback'], scopes: ['openid', 'email'] }],
  ['cli', { name: 'CLI', redirectUris: ['http://127.0.0.1:53682/callback'], scopes: ['openid'] }],
]);

function getClient(clientId) {
  return CLIENTS.get(clientId) || null;
}

function isRegisteredRedirect(client, redirectUri) {
  return client.redirectUris.includes(redirectUri);
}

module.exports = { ...settings, getClient, isRegisteredRedirect };
