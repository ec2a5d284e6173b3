import { Router, Request, Response } from 'express';
import ejs from 'ejs';
import pug from 'pug';
import Handlebars from 'handlebars';
import vm from 'vm';

export const templates: Router = Router();

const greeting = pug.compile('p Hello #{name}');
const card = Handlebars.compile('<div class="card">{{title}}</div>');

templates.get('/greet', (req: Request, res: Response) => {
  res.send(greeting({ name: String(req.query.name ?? '') }));
});

templates.get('/card', (req: Request, res: Response) => {
  res.send(card({ title: String(req.query.title ?? '') }));
});

templates.post('/preview', (req: Request, res: Response) => {
  const source: string = req.body.template ?? '';
  // expect: server-side-template-injection
  res.send(ejs.render(source, { user: req.user }));
});

templates.post('/preview-pug', (req: Request, res: Response) => {
  // expect: server-side-template-injection
  const fn = pug.compile(req.body.template || 'p empty');
  res.send(fn({}));
});

templates.get('/raw-card', (req: Request, res: Response) => {
  const title = new Handlebars.SafeString(String(req.query.title ?? ''));
  // expect: xss
  res.send(card({ title }));
});

templates.post('/calc', (req: Request, res: Response) => {
  const expr = String(req.body.expr ?? '0');
  if (!/^[\d\s+\-*/().]+$/.test(expr)) {
    return res.status(400).send('invalid');
  }
  res.json({ value: vm.runInNewContext(expr, {}, { timeout: 20 }) });
});

templates.post('/calc-any', (req: Request, res: Response) => {
  const expr = String(req.body.expr ?? '0');
  // expect: code-injection
  res.json({ value: eval(expr) });
});

templates.get('/filter', (req: Request, res: Response) => {
  const pattern = String(req.query.pattern ?? '');
  // expect: regex-injection
  const re = new RegExp(pattern);
  res.json({ ok: re.test('sample text') });
});
