const express = require('express');
const { requireUser } = require('../middleware/auth');

const router = express.Router();
const HOME_PATHS = new Set(['/dashboard', '/settings', '/billing']);

router.get('/login/callback', async (req, res) => {
  const next = req.query.next;
  await new Promise((resolve) => req.session.save(resolve));
  // expect: open-redirect
  res.redirect(next);
});

router.post('/logout', (req, res) => {
  const body = req.body;
  req.session.destroy(() => {
    // expect: open-redirect
    res.redirect(302, body.returnTo || '/');
  });
});

router.get('/out', (req, res) => {
  const target = req.query.url;
  req.app.locals.metrics.increment('outbound.click');
  // expect: open-redirect
  res.redirect(`${target}?utm_source=app`);
});

router.get('/switch-account', requireUser, (req, res) => {
  const back = req.get('Referer');
  req.session.accountId = req.query.account;
  // expect: open-redirect
  return res.redirect(back);
});

router.get('/home', requireUser, (req, res) => {
  const wanted = req.query.tab;
  res.redirect(HOME_PATHS.has(wanted) ? wanted : '/dashboard');
});

router.get('/orders/:id/receipt', requireUser, (req, res) => {
  res.redirect(`/orders/${encodeURIComponent(req.params.id)}/receipt.pdf`);
});

router.get('/signin', (req, res) => {
  res.redirect('/login');
});

module.exports = router;
