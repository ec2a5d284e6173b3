import express from 'express';

export const redirectRouter = express.Router();
const PUBLIC_URL = process.env.PROXY_URL ?? 'http://localhost:1234';

redirectRouter.get('/screenshots/open', (req, res) => {
  const key = String(req.query.key ?? '');
  res.redirect(`${PUBLIC_URL}/static/${encodeURIComponent(key)}`);
});

redirectRouter.get('/screenshots/back', (req, res) => {
  const back = (req.query.back as string) ?? req.get('referer') ?? '/';
  // expect: open-redirect
  res.redirect(back);
});
