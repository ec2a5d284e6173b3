// child_process: namespace import in TypeScript, command built over several statements
import * as cp from 'child_process';
import type { Request, Response } from 'express';

interface ConvertJob {
  input: string;
  width: number;
  format: string;
}

export function convertImage(job: ConvertJob): Promise<void> {
  let cmd = 'convert ' + job.input;
  cmd += ` -resize ${job.width}`;
  cmd += ` out.${job.format}`;
  return new Promise((resolve, reject) => {
    // expect: command-injection
    cp.exec(cmd, (err) => (err ? reject(err) : resolve()));
  });
}

export function convertImageSafely(job: ConvertJob): Promise<void> {
  const width = Math.min(4096, Math.max(1, Math.floor(job.width)));
  const format = ['png', 'jpg', 'webp'].includes(job.format) ? job.format : 'png';
  return new Promise((resolve, reject) => {
    const child = cp.spawn('convert', [job.input, '-resize', String(width), `out.${format}`]);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(String(code)))));
  });
}

export function runHook(req: Request, res: Response) {
  const script: string = req.body.script;
  // expect: command-injection
  const child = cp.spawn('sh', ['-c', script]);
  child.on('exit', (code) => res.json({ code }));
}

export function recentCommits(req: Request, res: Response) {
  const count = Math.min(50, Number(req.query.n) || 10);
  const child = cp.spawn('git', ['log', '-n', String(count), '--oneline']);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.on('close', () => res.json({ out }));
}
