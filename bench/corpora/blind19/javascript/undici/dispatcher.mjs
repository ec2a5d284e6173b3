// undici: Agent connect options with verification off, global and per request
import { Agent, setGlobalDispatcher, request, fetch } from 'undici';
import { readFileSync } from 'node:fs';

export function disableVerificationGlobally() {
  // expect: tls-verify-off
  setGlobalDispatcher(new Agent({ connect: { rejectUnauthorized: false } }));
}

// expect: tls-verify-off
const connectOpts = { rejectUnauthorized: false, timeout: 10_000 };
const laxDispatcher = new Agent({ connect: connectOpts });

const corpDispatcher = new Agent({ connect: { ca: readFileSync('/etc/ssl/corp-root.pem') } });

export async function getLegacy(url) {
  const { body } = await request(url, { dispatcher: laxDispatcher });
  return body.json();
}

export async function getCorp(url) {
  const res = await fetch(url, { dispatcher: corpDispatcher });
  return res.json();
}

export async function getDefault(url) {
  const res = await fetch(url);
  return res.text();
}
