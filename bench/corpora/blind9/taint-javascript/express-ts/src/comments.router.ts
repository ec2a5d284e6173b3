// library: Express (TypeScript router)
import escapeHtml from 'escape-html';
import { Router, Request, Response } from 'express';

export const comments = Router();

comments.get('/comments/preview', (req: Request, res: Response) => {
  const text = String(req.query.text ?? '');
  // expect: xss
  res.send(`<blockquote>${text}</blockquote>`);
});

comments.get('/comments/preview-safe', (req: Request, res: Response) => {
  res.send(`<blockquote>${escapeHtml(String(req.query.text ?? ''))}</blockquote>`);
});

comments.post('/comments', (req: Request<{}, {}, { author: string; body: string }>, res: Response) => {
  const { author, body } = req.body;
  res.status(201);
  // expect: xss
  res.end('<li><b>' + author + '</b>: ' + body + '</li>');
});

comments.get('/comments/count', (req: Request, res: Response) => {
  res.json({ count: 42, filter: req.query.filter });
});
