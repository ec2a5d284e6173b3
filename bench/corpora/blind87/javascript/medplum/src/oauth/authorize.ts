import { Router } from 'express';
import escapeHtml from 'escape-html';
import { asyncWrap } from '../util/async';

type ClientApplication = { id: string; redirectUri: string; name: string };

export function authorizeRouter(getClient: (id: string) => Promise<ClientApplication | undefined>): Router {
  const router = Router();

  router.get(
    '/authorize',
    asyncWrap(async (req, res) => {
      const clientId = req.query.client_id as string;
      const redirectUri = req.query.redirect_uri as string;
      const client = await getClient(clientId);
      if (!client || client.redirectUri !== redirectUri) {
        res.status(400).send('Invalid redirect_uri');
        return;
      }
      res.redirect(`${redirectUri}?code=pending&state=${encodeURIComponent(String(req.query.state ?? ''))}`);
    })
  );

  router.get(
    '/logout',
    asyncWrap(async (req, res) => {
      const next = (req.query.next as string) ?? '/signin';
      // expect: open-redirect
      res.redirect(next);
    })
  );

  router.get(
    '/error',
    asyncWrap(async (req, res) => {
      const description = (req.query.error_description as string) || 'Unknown error';
      res.type('html').send(`<p class="error">${escapeHtml(description)}</p>`);
    })
  );

  router.get(
    '/consent',
    asyncWrap(async (req, res) => {
      const scope = req.query.scope ? String(req.query.scope) : 'openid';
      // expect: xss
      res.type('html').send(`<h1>Grant access</h1><p>Requested scope: ${scope}</p>`);
    })
  );

  return router;
}
