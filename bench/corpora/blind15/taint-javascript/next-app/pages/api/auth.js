// library: next.js API routes (login callback, cookies and redirects)
import { serialize } from 'cookie';

function pickReturn(query) {
  const value = Array.isArray(query.callbackUrl) ? query.callbackUrl[0] : query.callbackUrl;
  return value || '/';
}

export default function handler(req, res) {
  const token = req.body?.token ?? '';
  res.setHeader('Set-Cookie', serialize('session', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' }));
  const dest = pickReturn(req.query);
  // expect: open-redirect
  res.redirect(302, dest);
}

export function safeHandler(req, res) {
  const dest = pickReturn(req.query);
  const local = dest.startsWith('/') && !dest.startsWith('//') && !dest.startsWith('/\\');
  res.redirect(302, local ? dest : '/');
}

export function logout(req, res) {
  res.setHeader('Set-Cookie', serialize('session', '', { httpOnly: true, secure: true, maxAge: 0, path: '/' }));
  res.redirect(302, '/login');
}
