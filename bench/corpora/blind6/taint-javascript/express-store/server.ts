import express, { Request, Response } from 'express';
import vm from 'vm';
import { spawn } from 'child_process';
import path from 'path';

const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: false }));

const REPORTS = path.resolve(__dirname, 'reports');

app.get('/calc', (req: Request, res: Response) => {
  const expr = String(req.query.expr);
  // expect: code-injection-vm
  const result = vm.runInNewContext(expr, {});
  res.json({ result });
});

app.get('/calc-safe', (req: Request, res: Response) => {
  const a = Number(req.query.a);
  const b = Number(req.query.b);
  res.json({ result: a + b });
});

app.post('/formula', (req: Request, res: Response) => {
  // expect: code-injection-function
  const fn = new Function('row', 'return ' + req.body.formula);
  res.json({ value: fn({ price: 10, qty: 2 }) });
});

app.get('/archive', (req: Request, res: Response) => {
  // expect: command-injection-spawn-shell
  const child = spawn('sh', ['-c', `tar czf - ${req.query.dir}`]);
  res.type('application/gzip');
  child.stdout.pipe(res);
});

app.get('/archive-safe', (req: Request, res: Response) => {
  const child = spawn('tar', ['czf', '-', '--', String(req.query.dir)], { cwd: REPORTS });
  res.type('application/gzip');
  child.stdout.pipe(res);
});

app.get('/report', (req: Request, res: Response) => {
  // expect: path-traversal-express
  res.sendFile(path.join(REPORTS, String(req.query.name)));
});

app.get('/report-safe', (req: Request, res: Response) => {
  const target = path.resolve(REPORTS, String(req.query.name));
  if (!target.startsWith(REPORTS + path.sep)) {
    res.status(400).end();
    return;
  }
  res.sendFile(target);
});

app.get('/hello', (req: Request, res: Response) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // expect: xss-express-write
  res.write('<p>Hello ' + req.query.name + '</p>');
  res.end();
});

app.get('/hello-json', (req: Request, res: Response) => {
  res.status(200).json({ hello: req.query.name });
});

app.get('/status', (_req: Request, res: Response) => {
  res.end('<p>ok</p>');
});

export default app;
