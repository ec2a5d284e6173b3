// Express (ESM): destructured query values, decoded params and header-based Location
import express from 'express';

const router = express.Router();
const SAFE_PATHS = ['/account', '/billing', '/settings'];

router.get('/sso/callback', (req, res) => {
  const { returnUrl } = req.query;
  // ... complete sign-in ...
  // expect: open-redirect
  return res.redirect(returnUrl);
});

router.get('/out/:target', (req, res) => {
  const target = decodeURIComponent(req.params.target);
  // expect: open-redirect
  res.redirect(target);
});

router.get('/legacy', (req, res) => {
  // expect: open-redirect
  res.writeHead(302, { Location: req.query.dest });
  res.end();
});

router.get('/jump', (req, res) => {
  const to = req.query.to;
  // expect: open-redirect
  res.location(to).status(303).end();
});

router.get('/section', (req, res) => {
  const wanted = String(req.query.s || '');
  res.redirect(SAFE_PATHS.includes(wanted) ? wanted : '/account');
});

router.get('/docs', (_req, res) => {
  res.writeHead(302, { Location: 'https://docs.example.com/' });
  res.end();
});

export default router;
