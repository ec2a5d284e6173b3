// tls (TS): tls.connect with verification off and a no-op checkServerIdentity
import tls from 'node:tls';
import { readFileSync } from 'node:fs';

export function connectLegacy(host: string, port: number) {
  // expect: tls-verify-off
  return tls.connect({ host, port, rejectUnauthorized: false });
}

export function connectAnyName(host: string, port: number) {
  // expect: tls-verify-off
  return tls.connect(port, host, { servername: host, checkServerIdentity: () => undefined });
}

export function connectPinned(host: string, port: number) {
  return tls.connect({ host, port, servername: host, ca: readFileSync('/etc/ssl/device-ca.pem') });
}

export function connectDefault(host: string, port: number) {
  return tls.connect(port, host, { servername: host });
}

export function lenientContext() {
  const opts: tls.ConnectionOptions = { minVersion: 'TLSv1.2' };
  // expect: tls-verify-off
  opts.rejectUnauthorized = false;
  return opts;
}
