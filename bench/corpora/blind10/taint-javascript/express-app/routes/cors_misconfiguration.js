// library: Express (Access-Control-Allow-Origin from the request)
const express = require('express');
const cors = require('cors');

const router = express.Router();
const ORIGINS = ['https://app.example.com', 'https://admin.example.com'];

router.use('/api', (req, res, next) => {
  // expect: cors-misconfiguration
  res.set('Access-Control-Allow-Origin', req.headers.origin);
  res.set('Access-Control-Allow-Credentials', 'true');
  next();
});

router.use('/partner', (req, res, next) => {
  const origin = req.get('Origin');
  if (ORIGINS.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

// expect: cors-misconfiguration
router.use('/v2', cors({ origin: true, credentials: true }));
router.use('/v3', cors({ origin: ORIGINS, credentials: true }));
router.use('/open', cors());

router.get('/whoami', (req, res) => {
  // expect: cors-misconfiguration
  res.setHeader('Access-Control-Allow-Origin', req.query.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ user: req.user && req.user.id });
});

module.exports = router;
