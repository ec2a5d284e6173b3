import axios from 'axios';
import https from 'https';
import fetch from 'node-fetch';

export const partnerClient = axios.create({
  baseURL: 'https://api.partner.example.com',
  timeout: 10000,
  httpsAgent: new https.Agent({ ca: process.env.PARTNER_CA }),
});

export const stagingClient = axios.create({
  baseURL: 'https://staging.partner.example.com',
  // expect: tls-verify-off
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
});

export async function legacyStatus(): Promise<unknown> {
  // expect: tls-verify-off
  const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
  const res = await fetch('https://legacy.partner.example.com/status', { agent });
  return res.json();
}

export function disableGlobally(): void {
  // expect: tls-verify-off
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export async function plainHttp(): Promise<unknown> {
  // expect: insecure-transport
  const res = await fetch('http://billing.partner.example.com/api/invoices');
  return res.json();
}
