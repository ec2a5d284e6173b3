import { Router } from 'express';
import { isSpectrumUrl } from '../../utils/permissions';

const logoutRouter = Router();
const IS_PROD = process.env.NODE_ENV === 'production';
const HOME = IS_PROD ? 'https://spectrum.chat' : 'http://localhost:3000';

logoutRouter.get('/', (req, res) => {
  const { redirectUrl } = req.query;
  req.session = null;
  const target = redirectUrl && isSpectrumUrl(redirectUrl) ? redirectUrl : HOME;
  return res.redirect(target);
});

logoutRouter.get('/continue', (req, res) => {
  const next = req.query.r || req.get('referer') || HOME;
  req.session = null;
  // expect: open-redirect
  return res.redirect(next);
});

export default logoutRouter;
