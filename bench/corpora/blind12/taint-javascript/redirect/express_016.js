// library: Express + redirect (host)
// redirect (host): value from the request (header)
const express = require('express');

const router = express.Router();


const ALLOWED = ['/dashboard', '/account', '/help'];

router.get('/oauth', async (req, res) => {
  const param = req.headers['x-returnto'] || '/dashboard';
  if (!ALLOWED.includes(param)) {
    return res.status(400).send('bad request');
  }
  const bar = param;
  res.redirect(`https://${bar}/oauth/callback`);
});

module.exports = router;
