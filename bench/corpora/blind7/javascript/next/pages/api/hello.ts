import type { NextApiRequest, NextApiResponse } from 'next';
import escapeHtml from 'escape-html';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const name = String(req.query.name ?? 'world');
  if (req.query.format === 'html') {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (req.query.raw) {
      // expect: xss
      return res.send(`<p>Hello, ${name}!</p>`);
    }
    return res.send(`<p>Hello, ${escapeHtml(name)}!</p>`);
  }
  res.status(200).json({ message: `Hello, ${name}!` });
}
