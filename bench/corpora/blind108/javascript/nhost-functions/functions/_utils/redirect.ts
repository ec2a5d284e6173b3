const CLIENT_URL = process.env.NHOST_CLIENT_URL || 'http://localhost:3000'
const ALLOWED = (process.env.AUTH_ACCESS_CONTROL_ALLOWED_REDIRECT_URLS || '').split(',').filter(Boolean)

export function redirectTarget(value: unknown): string {
  if (typeof value !== 'string') return CLIENT_URL
  if (value.startsWith(CLIENT_URL + '/') || ALLOWED.some((a) => value.startsWith(a))) return value
  return CLIENT_URL
}

export function withDefault(value: unknown): string {
  return (value as string) || CLIENT_URL
}
