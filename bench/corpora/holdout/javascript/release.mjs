#!/usr/bin/env node
// release.mjs: bump, tag and publish workspace packages.
import { exec as run, execFile, spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import https from 'node:https';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';

const execFileP = promisify(execFile);
const { values: opts, positionals } = parseArgs({
  options: { tag: { type: 'string', default: 'latest' }, registry: { type: 'string' }, insecure: { type: 'boolean' } },
  allowPositionals: true,
});

if (opts.insecure) {
  // expect: tls-verify-off
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

async function bump(pkgDir, level) {
  await execFileP('npm', ['version', level, '--no-git-tag-version'], { cwd: pkgDir });
  const pkg = JSON.parse(await readFile(`${pkgDir}/package.json`, 'utf8'));
  return pkg.version;
}

function publish(pkgDir) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    run(`npm publish ${pkgDir} --tag ${opts.tag}`, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function gitTag(name, version) {
  spawnSync('git', ['tag', '-a', `${name}@${version}`, '-m', `release ${name} ${version}`], { stdio: 'inherit' });
}

function runHook(hook, version) {
  // expect: command-injection
  return spawn('sh', ['-c', `${hook} ${version}`], { stdio: 'inherit' });
}

function diskUsage() {
  return new Promise((resolve) => run('du -sh node_modules', (_e, out) => resolve(out)));
}

function releaseId() {
  // expect: insecure-random
  return Math.random().toString(36).slice(2, 12);
}

function uploadToken() {
  return randomBytes(24).toString('base64url');
}

function integrity(buf) {
  return 'sha512-' + createHash('sha512').update(buf).digest('base64');
}

function pickCanaryHosts(hosts, n) {
  return [...hosts].sort(() => Math.random() - 0.5).slice(0, n);
}

async function notify(url, payload) {
  const agent = new https.Agent({ ca: await readFile('/etc/ssl/certs/internal-ca.pem'), keepAlive: true });
  const req = https.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } });
  req.end(JSON.stringify(payload));
}

for (const dir of positionals) {
  const version = await bump(dir, 'patch');
  await publish(dir);
  gitTag(dir.split('/').pop(), version);
  await writeFile(`${dir}/.release-id`, `${releaseId()}\n${uploadToken()}\n`);
}
await notify('https://hooks.internal.example/releases', { id: releaseId(), disk: await diskUsage(), canary: pickCanaryHosts(['a', 'b', 'c'], 1) });
