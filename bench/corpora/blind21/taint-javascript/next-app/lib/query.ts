// next-app/lib/query.ts: helpers for reading Next.js API route input
import type { NextApiRequest } from 'next';

/** The first value of a query parameter, or the default. */
export function first(req: NextApiRequest, name: string, def = ''): string {
  const v = req.query[name];
  if (Array.isArray(v)) return v[0] ?? def;
  return v ?? def;
}

/** A bounded integer from the query string. */
export function intQuery(req: NextApiRequest, name: string, def: number, max: number): number {
  const n = Number.parseInt(first(req, name, String(def)), 10);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : def;
}

/** A same-site path for redirects, or the fallback. */
export function localPath(value: string | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
  return value;
}

/** A comma-separated list from the query string, trimmed and without empties. */
export function list(req: NextApiRequest, name: string): string[] {
  return first(req, name)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A boolean flag from the query string. */
export function flag(req: NextApiRequest, name: string): boolean {
  return ['1', 'true', 'yes'].includes(first(req, name).toLowerCase());
}

/** The body field as a string, whatever the content type sent. */
export function field(req: NextApiRequest, name: string): string | undefined {
  const body = typeof req.body === 'string' ? Object.fromEntries(new URLSearchParams(req.body)) : req.body ?? {};
  const v = body[name];
  return v === undefined ? undefined : String(v);
}
