import type { NextApiRequest, NextApiResponse } from 'next';
import { jsonRes } from '@fastgpt/service/common/response';
import { setCookie } from '@fastgpt/service/support/permission/controller';
import { exchangeSsoCode } from '@fastgpt/service/support/user/sso';
import { addLog } from '@fastgpt/service/common/system/log';

/**
 * SSO callback: exchanges the provider code for a FastGPT token, sets the cookie and
 * sends the user back to the page they came from (lastRoute) or to an integrator's callbackUrl.
 */
const isSafeLastRoute = (route: string) => route.startsWith('/') && !route.startsWith('//') && !route.includes('\\');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const { code = '', state = '', lastRoute = '/app/list', callbackUrl } = req.query as Record<string, string>;
    const { token, userId } = await exchangeSsoCode({ code, state });
    setCookie(res, token);
    addLog.info('SSO login', { userId });

    if (callbackUrl) {
      // expect: open-redirect
      return res.redirect(302, callbackUrl);
    }

    const target = isSafeLastRoute(lastRoute) ? lastRoute : '/app/list';
    return res.redirect(302, target);
  } catch (error) {
    jsonRes(res, { code: 500, error });
  }
}
