const express = require('express');
const jwt = require('express-jwt');
const tokenStore = require('../services/tokenStore');

const app = express();

async function isRevokedCallback(req, token) {
  return tokenStore.isRevoked(token.payload.jti);
}

// expect: secret
app.use('/api', jwt({ secret: 'f1d3c0ffee-super-secret-signing-key', algorithms: ['HS256'], isRevoked: isRevokedCallback }));

const adminAuthOptions = {
  // expect: secret
  secret: 'admin-jwt-secret-2021',
  algorithms: ['HS512'],
  requestProperty: 'admin',
  isRevoked: isRevokedCallback,
};
app.use('/admin', jwt(adminAuthOptions));

// expect: secret
const webhookAuth = jwt({ secret: "hooks_s3cr3t_value", algorithms: ["HS256"], credentialsRequired: true, isRevoked: isRevokedCallback });
app.post('/hooks/deploy', webhookAuth, (req, res) => res.sendStatus(204));

app.get(
  '/reports/export',
  // expect: secret
  jwt({ secret: 'reports-export-key', algorithms: ['HS256'], audience: 'reports', isRevoked: isRevokedCallback }),
  (req, res) => res.json({ requestedBy: req.auth.sub })
);

app.use('/partner', jwt({ secret: process.env.PARTNER_JWT_SECRET, algorithms: ['HS256'], isRevoked: isRevokedCallback }));

const publicKey = require('fs').readFileSync(process.env.JWT_PUBLIC_KEY_PATH);
app.use('/mobile', jwt({ secret: publicKey, algorithms: ['RS256'], isRevoked: isRevokedCallback }));

const auditOptions = { secret: process.env.AUDIT_SECRET || '', algorithms: ['HS256'], isRevoked: isRevokedCallback };
app.use('/audit', jwt(auditOptions));

module.exports = app;
