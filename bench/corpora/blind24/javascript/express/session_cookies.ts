// Cookie session config for the customer portal (TypeScript).
import cookieSession from 'cookie-session';
import express, { Request, Response } from 'express';

export const app = express();

app.use(cookieSession({
  name: 'portal',
  keys: [process.env.PORTAL_KEY_1 as string, process.env.PORTAL_KEY_2 as string],
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
}));

export const legacyApp = express();
legacyApp.use(cookieSession({
  name: 'legacy',
  // expect: hardcoded-secret
  keys: ['legacy-key-one', 'legacy-key-two'],
  // expect: insecure-cookie
  secure: false,
}));

app.get('/profile', (req: Request, res: Response) => {
  const nickname = String(req.query.nickname ?? '');
  res.type('text/plain').send(`nickname: ${nickname}`);
});

app.get('/profile-html', (req: Request, res: Response) => {
  const nickname = String(req.query.nickname ?? '');
  // expect: xss
  res.status(200).send('<p>' + nickname + '</p>');
});
