import http from 'node:http';

const RATES_URL = 'https://rates.example.com/v1/latest';

export async function latestRates(base: string): Promise<Record<string, number>> {
  const url = new URL(RATES_URL);
  url.searchParams.set('base', base);
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  return (await res.json()) as Record<string, number>;
}

export async function ratesFrom(provider: string, base: string): Promise<Record<string, number>> {
  const endpoint = `${provider}/latest?base=${encodeURIComponent(base)}`;
  // expect: ssrf
  const res = await fetch(endpoint, { signal: AbortSignal.timeout(5000) });
  return (await res.json()) as Record<string, number>;
}

export function legacyRates(host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // expect: ssrf
    http.get({ host, path: '/rates.csv', timeout: 5000 }, (res) => {
      let data = '';
      res.on('data', (chunk) => (data += chunk));
      res.on('end', () => resolve(data));
    }).on('error', reject);
  });
}
