'use strict';

// Partner API: carriers push tracking events; the mobile app reads them.
const express = require('express');
const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const { denyList } = require('../auth/denyList');

const app = express();
app.use(express.json());

const isRevoked = (req, token) => denyList.has(token.payload.jti);

// Mobile app tokens: RS256 from our identity provider's key set.
app.use('/app', jwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://id.shopfront.io/.well-known/jwks.json', cache: true }),
  algorithms: ['RS256'],
  audience: 'mobile',
  isRevoked,
}));

// Carrier tokens: HS256, the key shared with every carrier during onboarding.
app.use('/carriers', jwt({
  // expect: secret
  secret: 'carrier-hook-7Gm2Xq9LwZ4tRv8Kp3Ns6Yb',
  algorithms: ['HS256'],
  audience: 'carriers',
  isRevoked,
}));

// Internal batch jobs: the key is mounted from the secret store.
const batchOptions = {
  secret: process.env.BATCH_JWT_SECRET,
  algorithms: ['HS256'],
  audience: 'batch',
  isRevoked,
};
app.use('/batch', jwt(batchOptions));

app.post('/carriers/events', (req, res) => {
  const { shipmentId, status, at } = req.body;
  if (!shipmentId || !status) {
    return res.status(400).json({ error: 'shipmentId and status are required' });
  }
  res.status(202).json({ accepted: true, shipmentId, status, at });
});

app.get('/app/shipments/:id', (req, res) => {
  res.json({ id: req.params.id, owner: req.user.sub });
});

module.exports = app;
