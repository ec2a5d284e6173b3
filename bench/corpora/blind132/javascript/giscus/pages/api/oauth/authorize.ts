import { NextApiRequest, NextApiResponse } from 'next';
import { encodeState } from '../../../lib/oauth/state';

export default async function AuthorizeApi(req: NextApiRequest, res: NextApiResponse) {
  const { redirect_uri } = req.query;
  const returnTo = String(redirect_uri ?? process.env.NEXT_PUBLIC_GISCUS_APP_HOST);
  // the page that embeds the widget, sealed into the OAuth state
  const state = await encodeState(returnTo, process.env.ENCRYPTION_PASSWORD as string);

  const url = new URL('https://github.com/login/oauth/authorize');
  url.searchParams.set('client_id', process.env.CLIENT_ID as string);
  url.searchParams.set('state', state);

  res.redirect(302, url.toString());
}
