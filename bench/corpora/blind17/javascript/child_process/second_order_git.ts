// library: node:child_process (argument injection into git)
import { execFile } from 'child_process';
import { promisify } from 'util';
import type { Request, Response } from 'express';

const run = promisify(execFile);

export async function mirror(req: Request, res: Response) {
  const repo = String(req.body.repo);
  // expect: command-injection
  await run('git', ['clone', repo, '/srv/mirrors/tmp']);
  res.sendStatus(202);
}

export async function showRef(req: Request, res: Response) {
  // expect: command-injection
  const { stdout } = await run('git', ['-C', '/srv/repo', 'log', String(req.query.rev), '-n', '5']);
  res.type('text/plain').send(stdout);
}

export async function mirrorSafe(req: Request, res: Response) {
  const repo = String(req.body.repo);
  if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+(\.git)?$/.test(repo)) {
    return res.status(400).send('unsupported repository url');
  }
  await run('git', ['clone', '--', repo, '/srv/mirrors/tmp']);
  res.sendStatus(202);
}

export async function showRefSafe(req: Request, res: Response) {
  const rev = String(req.query.rev);
  if (!/^[0-9a-f]{7,40}$/.test(rev)) return res.status(400).end();
  const { stdout } = await run('git', ['-C', '/srv/repo', 'log', rev, '-n', '5', '--']);
  res.type('text/plain').send(stdout);
}
