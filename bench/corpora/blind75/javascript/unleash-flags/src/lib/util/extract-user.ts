import type { IAuthRequest } from '../middleware/api-token-middleware';

export function extractUsername(req: IAuthRequest): string {
  return req.user?.username || 'unknown';
}

export function resolveEnvironment(req: IAuthRequest, fallback = 'development'): string {
  return req.environmentOverride ?? req.user?.environment ?? fallback;
}

export function pickSortColumn(raw: unknown): string {
  switch (raw) {
    case 'name':
      return 'features.name';
    case 'created':
      return 'features.created_at';
    case 'lastSeen':
      return 'features.last_seen_at';
    default:
      return 'features.created_at';
  }
}

export function pickSortOrder(raw: unknown): 'asc' | 'desc' {
  return raw === 'desc' ? 'desc' : 'asc';
}

export function parsePage(raw: unknown, fallback = 1): number {
  const page = Number.parseInt(String(raw ?? ''), 10);
  return Number.isNaN(page) || page < 1 ? fallback : page;
}

export function isAdmin(req: IAuthRequest): boolean {
  return Boolean(req.user?.permissions.includes('ADMIN'));
}
