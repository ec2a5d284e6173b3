// got: https.rejectUnauthorized off per request and on an extended instance
import got from 'got';
import { readFileSync } from 'node:fs';

export async function fetchReport(url) {
  // expect: tls-verify-off
  return got(url, { https: { rejectUnauthorized: false } }).json();
}

// expect: tls-verify-off
const devClient = got.extend({ prefixUrl: 'https://dev.internal', https: { rejectUnauthorized: false } });

const prodClient = got.extend({
  prefixUrl: 'https://api.example.com',
  https: { certificateAuthority: readFileSync('/etc/ssl/corp-root.pem') },
});

export async function devHealth() {
  return devClient.get('health').json();
}

export async function prodHealth() {
  return prodClient.get('health').json();
}

export async function fetchStrict(url) {
  return got(url, { https: { rejectUnauthorized: true }, timeout: { request: 5000 } }).text();
}
