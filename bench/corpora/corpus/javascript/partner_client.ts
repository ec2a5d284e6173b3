import https from 'https';
import fs from 'fs';
import axios from 'axios';
import tls from 'tls';

const BASE_URL = process.env.PARTNER_URL ?? 'https://partner.example.com/api';
const CA_PATH = process.env.PARTNER_CA ?? '/etc/ssl/certs/partner-ca.pem';

export const strictAgent = new https.Agent({ ca: fs.readFileSync(CA_PATH), keepAlive: true });

// expect: tls-verify-off
export const insecureAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });

export const client = axios.create({ baseURL: BASE_URL, httpsAgent: strictAgent, timeout: 10_000 });

export const stagingClient = axios.create({
  baseURL: process.env.STAGING_URL,
  // expect: tls-verify-off
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  timeout: 10_000,
});

export async function getInventory(token: string) {
  const res = await client.get('/inventory', { headers: { Authorization: `Bearer ${token}` } });
  return res.data;
}

export function enableSelfSignedForDev() {
  if (process.env.NODE_ENV === 'development') {
    // expect: tls-verify-off
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  }
}

export function restoreTls() {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

export function rawRequest(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = https.request(`${BASE_URL}${path}`, { agent: strictAgent, timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

export function legacyRequest(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // expect: tls-verify-off
    const req = https.get(`${BASE_URL}${path}`, { rejectUnauthorized: false }, (res) => resolve(res.statusCode ?? 0));
    req.on('error', reject);
  });
}

export function connectMetrics(host: string, port: number) {
  return tls.connect({ host, port, ca: fs.readFileSync(CA_PATH), rejectUnauthorized: true, servername: host });
}

export function connectMetricsLegacy(host: string, port: number) {
  // expect: tls-verify-off
  return tls.connect({ host, port, rejectUnauthorized: false });
}

export async function fetchWithRetry(url: string, attempts = 3): Promise<unknown> {
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return await res.json();
    } catch {
      await new Promise((r) => setTimeout(r, 2 ** i * 250 + Math.random() * 100));
    }
  }
  throw new Error(`failed after ${attempts} attempts: ${url}`);
}
