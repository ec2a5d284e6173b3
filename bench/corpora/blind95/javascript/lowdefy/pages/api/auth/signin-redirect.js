import apiWrapper from '../../../lib/api/apiWrapper.js';

const ALLOWED_PAGES = /^\/[A-Za-z0-9_\-/]*$/;

async function handler({ context, req, res }) {
  const callbackUrl = req.query.callbackUrl;
  if (req.query.mode === 'strict') {
    const target = ALLOWED_PAGES.test(callbackUrl ?? '') && !callbackUrl.startsWith('//') ? callbackUrl : '/';
    res.redirect(302, target);
    return;
  }
  const target = context.user ? callbackUrl || '/' : '/login';
  // expect: open-redirect
  res.redirect(302, target);
}

export default apiWrapper(handler);
