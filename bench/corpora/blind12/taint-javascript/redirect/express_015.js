// library: Express + redirect (host)
// redirect (host): value from the request (header)
const express = require('express');

const router = express.Router();

router.get('/oauth', async (req, res) => {
  const param = req.headers['x-returnto'] || '/dashboard';
  if (!param) {
    return res.status(400).send('bad request');
  }
  const bar = param;
  // expect: open-redirect
  res.redirect(`https://${bar}/oauth/callback`);
});

module.exports = router;
