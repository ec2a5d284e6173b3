// library: Express + new Function
// new Function: value from the request (query)
const express = require('express');
const { getParam } = require('../lib/params');

const router = express.Router();

router.get('/rules', async (req, res) => {
  const param = getParam(req, 'rule');
  const num = 106;
  const bar = 7 * 18 + num > 200 ? '1 + 1' : param;
  const rule = new Function('row', `return ${bar};`);
  res.json({ matches: Boolean(rule({ total: 10 })) });
});

module.exports = router;
