// library: express-jwt (tokens without a revocation check)
const express = require('express');
const { expressjwt } = require('express-jwt');
const redis = require('./redis');

const app = express();
const secret = process.env.JWT_SECRET;

async function isRevoked(req, token) {
  const jti = token.payload.jti;
  return (await redis.sismember('revoked-jti', jti)) === 1;
}

app.post('/auth/logout', expressjwt({ secret, algorithms: ['HS256'], isRevoked }), async (req, res) => {
  await redis.sadd('revoked-jti', req.auth.jti);
  res.sendStatus(204);
});

app.use('/api/account', expressjwt({ secret, algorithms: ['HS256'], isRevoked }));

// expect: jwt-not-revoked
app.use('/api/admin', expressjwt({ secret, algorithms: ['HS256'] }));

const billing = express.Router();
// expect: jwt-not-revoked
billing.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: true }));
billing.get('/invoices', (req, res) => res.json({ owner: req.auth.sub }));
app.use('/api/billing', billing);

app.use('/api/public', expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false, isRevoked }));

module.exports = app;
