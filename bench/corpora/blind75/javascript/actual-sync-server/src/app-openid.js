import express from 'express';
import crypto from 'node:crypto';
import { generators } from 'openid-client';

import { config } from './load-config.js';
import { saveOpenIdState, takeOpenIdState } from './services/user-service.js';
import { getOpenIdClient } from './services/openid-client.js';

const app = express();
app.use(express.json());
export { app as handlers };

function isAllowedReturnUrl(candidate) {
  try {
    const url = new URL(candidate);
    return config.get('allowedReturnOrigins').includes(url.origin);
  } catch {
    return false;
  }
}

app.post('/login', async (req, res) => {
  const { returnUrl } = req.body || {};
  const state = crypto.randomBytes(16).toString('hex');
  const codeVerifier = generators.codeVerifier();
  saveOpenIdState(state, returnUrl || config.get('serverUrl'), codeVerifier);
  const client = await getOpenIdClient();
  const url = client.authorizationUrl({
    response_type: 'code',
    scope: 'openid email profile',
    state,
    code_challenge: generators.codeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  res.send({ status: 'ok', data: { redirect_url: url } });
});

app.get('/callback', async (req, res) => {
  const { state } = req.query;
  const pending = takeOpenIdState(String(state || ''));
  if (!pending) {
    res.status(400).send('invalid-state');
    return;
  }
  const client = await getOpenIdClient();
  const tokens = await client.callback(config.get('openId.redirectUri'), client.callbackParams(req), {
    code_verifier: pending.code_verifier,
    state,
  });
  const token = crypto.createHash('sha256').update(tokens.access_token).digest('hex');
  const target = req.query.return_url || pending.return_url;
  // expect: open-redirect
  res.redirect(`${target}/openid-cb?token=${token}`);
});

app.get('/callback-checked', async (req, res) => {
  const returnUrl = String(req.query.return_url || '');
  if (!isAllowedReturnUrl(returnUrl)) {
    res.redirect(config.get('serverUrl'));
    return;
  }
  res.redirect(`${returnUrl}/openid-cb`);
});
