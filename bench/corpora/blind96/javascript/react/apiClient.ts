import axios, { AxiosResponse } from 'axios';

export interface Invoice {
  id: string;
  total: number;
}

const LEGACY_BILLING = 'http://billing.internal.example.com/v1';

export async function loadInvoices(customerId: string): Promise<Invoice[]> {
  // expect: tls-verify-off
  const res: AxiosResponse<Invoice[]> = await axios.get('http://billing.example.com/api/invoices', { params: { customerId } });
  return res.data;
}

export function submitPayment(invoiceId: string, token: string) {
  // expect: tls-verify-off
  return axios.post(`http://pay.example.com/api/invoices/${invoiceId}/pay`, { token });
}

export async function fetchRates(): Promise<Record<string, number>> {
  // expect: tls-verify-off
  const response = await fetch('http://rates.example.org/latest.json', { headers: { Accept: 'application/json' } });
  return response.json();
}

export function deleteCard(cardId: string) {
  // expect: tls-verify-off
  return axios.delete('http://wallet.example.com/cards/' + cardId, { withCredentials: true });
}

// Safe look-alikes: https, a relative path, and a local development server.
export async function loadProfile(): Promise<unknown> {
  const { data } = await axios.get('https://api.example.com/me');
  return data;
}

export function ping() {
  return fetch('/healthz');
}

export function devSeed() {
  return axios.post('http://localhost:4000/seed', { users: 10 });
}

export const billingBase = process.env.BILLING_URL ?? 'https://billing.example.com/v1';
export const legacyNote = `Legacy endpoint ${LEGACY_BILLING} is retired`;
