import axios from 'axios';
import http from 'http';

const PARTNER = 'https://api.partner.example';

export async function partnerRates(currency: string) {
  const { data } = await axios.get(`${PARTNER}/rates/${encodeURIComponent(currency)}`, { timeout: 5000 });
  return data;
}

export async function legacyInventory(sku: string) {
  // expect: insecure-transport
  const { data } = await axios.get(`http://inventory.partner.example/api/items/${encodeURIComponent(sku)}`, { timeout: 5000 });
  return data;
}

export function localMetrics(): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get('http://127.0.0.1:9100/metrics', (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

export async function sendAudit(event: object) {
  // expect: insecure-transport
  await fetch('http://audit.acme.example/ingest', { method: 'POST', body: JSON.stringify(event) });
}

export const DOCS_URL = 'http://www.w3.org/2001/XMLSchema';
