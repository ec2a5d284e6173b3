import { Router } from 'express';
import { z } from 'zod';
import { executeRequest, validateRequest } from '../../util/routing';
import { exchangeDiscordCode, linkDiscordAccount } from './discord.service';
import env from '../../../env';

const router = Router();

const WEBSITE_URL = env.WEBSITE_URL ?? 'https://wiseoldman.net';

function websitePath(path: string) {
  return new URL(path, WEBSITE_URL).toString();
}

router.get('/discord/login', (req, res) => {
  const state = typeof req.query.returnTo === 'string' ? req.query.returnTo : '/';
  const params = new URLSearchParams({
    client_id: env.DISCORD_CLIENT_ID,
    redirect_uri: `${env.API_URL}/discord/callback`,
    response_type: 'code',
    scope: 'identify',
    state,
  });
  res.redirect(`https://discord.com/oauth2/authorize?${params.toString()}`);
});

router.get(
  '/discord/callback',
  validateRequest({ query: z.object({ code: z.string().max(100), state: z.string().max(500).optional() }) }),
  executeRequest(async (req, res) => {
    const token = await exchangeDiscordCode(req.query.code);
    if (!token) {
      return res.redirect(websitePath('/login?error=discord'));
    }
    await linkDiscordAccount(token);
    const returnTo = req.query.state;
    if (returnTo && returnTo.startsWith('http')) {
      // expect: open-redirect
      return res.redirect(returnTo);
    }
    return res.redirect(websitePath(returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/'));
  }),
);

export default router;
