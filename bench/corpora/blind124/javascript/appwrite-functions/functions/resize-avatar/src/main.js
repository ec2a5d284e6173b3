import { execFile, exec } from 'node:child_process';
import { promisify } from 'node:util';
import { audit } from './audit.js';

const run = promisify(exec);
const runFile = promisify(execFile);

export default async ({ req, res }) => {
  const userId = req.headers['x-appwrite-user-id'] ?? 'anonymous';
  const { fileId, width = '256', quality } = req.bodyJson ?? {};
  if (!/^[a-zA-Z0-9._-]{1,36}$/.test(fileId || '')) {
    return res.json({ ok: false, error: 'bad file id' }, 400);
  }
  const input = `/tmp/${fileId}`;
  const output = `/tmp/${fileId}-resized.png`;
  audit(`resize by ${userId} of ${fileId} to ${width}`);
  if (quality) {
    await runFile('convert', [input, '-quality', String(parseInt(quality, 10) || 80), output]);
  } else {
    // expect: command-injection
    await run(`convert ${input} -resize ${width}x${width} ${output}`);
  }
  return res.json({ ok: true, output });
};
