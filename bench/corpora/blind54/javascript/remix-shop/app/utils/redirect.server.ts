import { redirect } from '@remix-run/node'

const DEFAULT_REDIRECT = '/'

export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string = DEFAULT_REDIRECT) {
  if (!to || typeof to !== 'string') {
    return fallback
  }
  if (!to.startsWith('/') || to.startsWith('//')) {
    return fallback
  }
  return to
}

export function returnTo(value: FormDataEntryValue | null): string {
  const raw = typeof value === 'string' ? value : ''
  return raw.trim() || DEFAULT_REDIRECT
}

export function redirectWithFlash(to: string, message: string) {
  return redirect(to, { headers: { 'X-Flash': message.replace(/[^\w .,!-]/g, '') } })
}
