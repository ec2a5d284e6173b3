'use server';

import { execFile, exec } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const ROOT = path.resolve('/srv/shared');

export async function compress(formData: FormData) {
  const folder = String(formData.get('folder') ?? '');
  // expect: command-injection
  await execAsync(`tar czf /tmp/out.tgz -C ${ROOT} ${folder}`);
}

export async function compressSafe(formData: FormData) {
  const folder = path.basename(String(formData.get('folder') ?? ''));
  await execFileAsync('tar', ['czf', '/tmp/out.tgz', '-C', ROOT, '--', folder]);
}

export async function preview(formData: FormData) {
  const name = String(formData.get('name'));
  // expect: path-traversal
  return readFile(path.join(ROOT, name), 'utf8');
}
