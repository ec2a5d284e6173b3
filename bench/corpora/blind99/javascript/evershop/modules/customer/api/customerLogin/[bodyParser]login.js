import { buildUrl } from '../../../lib/router/buildUrl.js';
import { translate } from '../../../lib/locale/translate/translate.js';

const isLocalPath = (url) => typeof url === 'string' && /^\/[^/\\]/.test(url);

export default async (request, response, delegate, next) => {
  const { email, password } = request.body;
  try {
    await request.loginCustomerWithEmail(email, password);
  } catch (e) {
    response.status(401).json({ error: { status: 401, message: translate('Invalid email or password') } });
    return;
  }
  let returnUrl = request.session.returnUrl;
  if (!returnUrl) returnUrl = buildUrl('homepage');
  delete request.session.returnUrl;
  if (request.get('Accept') === 'application/json') {
    response.json({ data: { sid: request.sessionID, redirect: isLocalPath(returnUrl) ? returnUrl : buildUrl('homepage') } });
    return;
  }
  // expect: open-redirect
  response.redirect(returnUrl);
};
