const express = require('express');
const axios = require('axios');
const { promisify } = require('util');
const execFile = promisify(require('child_process').execFile);

const router = express.Router();

const auth = require('middlewares/auth.js');
const safeHandler = require('utils/safeHandler');

const HOSTNAME = /^[a-zA-Z0-9.-]{1,253}$/;
const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CHF']);

router.get('/dns-check', auth.jwt, safeHandler(async (req, res) => {
  const host = req.query.host || 'getumbrel.com';
  if (!HOSTNAME.test(host)) {
    return res.status(400).json({ message: 'invalid host' });
  }
  const { stdout } = await execFile('dig', ['+short', '--', host]);
  return res.status(200).json({ addresses: stdout.trim().split('\n') });
}));

router.get('/price', auth.jwt, safeHandler(async (req, res) => {
  const currency = CURRENCIES.has(req.query.currency) ? req.query.currency : 'USD';
  const { data } = await axios.get(`https://api.coingecko.com/api/v3/simple/price?ids=bitcoin&vs_currencies=${currency.toLowerCase()}`, { timeout: 5000 });
  return res.status(200).json(data);
}));

router.get('/debug-result', auth.jwt, safeHandler(async (req, res) => {
  const type = req.query.type === 'dmesg' ? 'dmesg' : 'debug';
  const { stdout } = await execFile('cat', [`/umbrel/logs/${type}.log`]);
  return res.status(200).json({ result: stdout });
}));

module.exports = router;
