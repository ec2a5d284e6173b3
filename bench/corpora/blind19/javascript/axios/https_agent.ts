// axios (TS): httpsAgent with verification off, on an instance and per request
import axios, { AxiosInstance } from 'axios';
import https from 'node:https';
import { readFileSync } from 'node:fs';

// expect: tls-verify-off
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

// expect: tls-verify-off
export const legacyClient: AxiosInstance = axios.create({ baseURL: 'https://legacy.internal', httpsAgent: new https.Agent({ rejectUnauthorized: false }) });

export const client: AxiosInstance = axios.create({
  baseURL: 'https://api.example.com',
  httpsAgent: new https.Agent({ ca: readFileSync('/etc/ssl/corp-root.pem') }),
});

export async function getInventory(sku: string) {
  const { data } = await axios.get(`https://inventory.internal/items/${encodeURIComponent(sku)}`, { httpsAgent: insecureAgent });
  return data;
}

export async function getPrices() {
  const { data } = await client.get('/prices');
  return data;
}

export async function getStrict(url: string) {
  const { data } = await axios.get(url, { httpsAgent: new https.Agent({ rejectUnauthorized: true }) });
  return data;
}
