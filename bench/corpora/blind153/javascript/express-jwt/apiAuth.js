const express = require('express');
const { expressjwt } = require('express-jwt');
const fs = require('fs');
const config = require('../config');

const router = express.Router();

// expect: secret
router.use('/v1', expressjwt({ secret: '7LhPMHtpNPjbSYmKIF2KkRVva56GFrH4', algorithms: ['HS256'] }));

const v2Options = {
  secret: process.env.API_JWT_SECRET,
  algorithms: ['HS256'],
  audience: 'api-v2',
};
router.use('/v2', expressjwt(v2Options));

const webhookOptions = {
  // expect: secret
  secret: 'w2ddbuYVkz0OTN1BGPFZZwwZTX8Deeo9blEaVUvi',
  algorithms: ['HS512'],
  requestProperty: 'hook',
};
router.use('/hooks', expressjwt(webhookOptions));

const publicKey = fs.readFileSync(config.jwt.publicKeyPath);
router.use('/partner', expressjwt({ secret: publicKey, algorithms: ['RS256'], issuer: 'https://auth.example.com/' }));

// expect: secret
router.use('/internal', expressjwt({ secret: process.env.INTERNAL_JWT_SECRET || 'szrJpnodx0RwEqopcPDtBspB', algorithms: ['HS256'] }));

router.use('/mobile', expressjwt({ secret: config.jwt.mobileSecret, algorithms: ['HS256'] }));

router.get('/v1/me', (req, res) => res.json({ sub: req.auth.sub }));
router.get('/partner/orders', (req, res) => res.json({ partner: req.auth.sub, orders: [] }));

router.use((err, req, res, next) => {
  if (err.name === 'UnauthorizedError') return res.status(401).json({ error: 'unauthorized' });
  return next(err);
});

module.exports = router;
