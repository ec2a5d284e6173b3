import type { Application } from 'express';
import { exec, execFile } from 'child_process';

function lastCommit(siteDir: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(`git log -1 --format=%cI -- ${file}`, { cwd: siteDir }, (err, stdout) => (err ? reject(err) : resolve(stdout.trim())));
  });
}

function lastCommitArgs(siteDir: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', ['log', '-1', '--format=%cI', '--', file], { cwd: siteDir }, (err, stdout) => (err ? reject(err) : resolve(stdout.trim())));
  });
}

export function historyRoutes(app: Application, siteDir: string) {
  app.get('/__live/history', async (req, res) => {
    const file = req.query.file as string;
    res.json({ updatedAt: await lastCommit(siteDir, file) });
  });

  app.get('/__live/history-args', async (req, res) => {
    res.json({ updatedAt: await lastCommitArgs(siteDir, String(req.query.file)) });
  });

  app.get('/__live/head', (_req, res) => {
    exec('git rev-parse --short HEAD', { cwd: siteDir }, (_err, stdout) => res.json({ head: stdout.trim() }));
  });
}
