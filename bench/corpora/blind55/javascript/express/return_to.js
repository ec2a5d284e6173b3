const express = require('express');
const session = require('express-session');

const router = express.Router();
const ALLOWED_HOSTS = new Set(['app.example.com', 'docs.example.com']);
const LANDING = { billing: '/account/billing', team: '/account/team', home: '/' };

function isLocalPath(p) {
  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && !p.startsWith('/\\');
}

router.get('/login/done', (req, res) => {
  const next = req.query.next;
  // expect: open-redirect
  res.redirect(next || '/');
});

router.post('/logout', function (req, res) {
  let returnTo = req.body.returnTo;
  req.session.destroy(() => {
    // expect: open-redirect
    res.redirect(303, returnTo);
  });
});

router.get('/sso/callback', async function ssoCallback(request, response) {
  const target = request.query.RelayState;
  await request.app.locals.sso.finish(request);
  // expect: open-redirect
  response.redirect(decodeURIComponent(target));
});

router.get('/go', (req, res) => {
  const { query } = req;
  const dest = query.to;
  // expect: open-redirect
  res.redirect(301, `${dest}?utm_source=mail`);
});

router.get('/r/*', (req, res) => {
  const params = req.params;
  // expect: open-redirect
  res.redirect(params[0] + '#resume');
});

// Safe: only a local path is followed; anything else goes home.
router.get('/after', (req, res) => {
  const next = req.query.next;
  res.redirect(isLocalPath(next) ? next : '/');
});

// Safe: the query picks a key of a fixed map.
router.get('/landing', (req, res) => {
  const section = req.query.section;
  res.redirect(Object.prototype.hasOwnProperty.call(LANDING, section) ? LANDING[section] : LANDING.home);
});

// Safe: absolute URLs only to our own hosts over https.
router.get('/out', (req, res) => {
  const url = new URL(String(req.query.url), 'https://app.example.com');
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) return res.redirect('/');
  return res.redirect(url.toString());
});

module.exports = (app) => {
  app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
  app.use(router);
};
