// Third-party extension installs: git clone into the user's extensions directory.
import path from 'node:path';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';
import express from 'express';
import { simpleGit } from 'simple-git';
import sanitize from 'sanitize-filename';
import { requireAdminMiddleware } from '../users.js';

const execAsync = promisify(exec);
export const router = express.Router();

router.post('/install', requireAdminMiddleware, async (request, response) => {
  const url = String(request.body.url || '');
  if (!/^https:\/\/[\w.-]+\/[\w.-]+\/[\w.-]+(\.git)?$/.test(url)) {
    return response.status(400).send('Invalid repository URL');
  }
  const name = sanitize(path.basename(url, '.git'));
  const target = path.join(request.user.directories.extensions, name);
  await simpleGit().clone(url, target, ['--depth', '1']);
  return response.send({ name });
});

router.post('/update', requireAdminMiddleware, async (request, response) => {
  const { extensionName = '', branch = 'main' } = request.body;
  if (!/^\w[\w./-]{0,99}$/.test(branch)) return response.status(400).send('Invalid branch');
  const dir = path.join(request.user.directories.extensions, sanitize(extensionName));
  await simpleGit(dir).fetch('origin', branch);
  return response.send({ ok: true });
});

router.post('/switch-branch', requireAdminMiddleware, async (request, response) => {
  const { extensionName = '', branch = 'main' } = request.body;
  const dir = path.join(request.user.directories.extensions, sanitize(extensionName));
  // expect: command-injection
  const { stdout } = await execAsync(`git checkout ${branch}`, { cwd: dir });
  return response.send({ output: stdout });
});
