import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

const PRIVATE_PATTERNS = [
  /^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
]

export interface ValidationResult {
  isValid: boolean
  error?: string
  resolvedIP?: string
}

export function isPrivateIP(ip: string): boolean {
  if (ip === '::1' || ip.toLowerCase().startsWith('fe80:') || /^f[cd]/i.test(ip)) {
    return true
  }
  const v4 = ip.toLowerCase().startsWith('::ffff:') ? ip.slice(7) : ip
  return PRIVATE_PATTERNS.some((pattern) => pattern.test(v4))
}

/**
 * Checks that a URL is http(s) and that its host resolves to public addresses only.
 */
export async function validateExternalUrl(raw: string, paramName = 'url'): Promise<ValidationResult> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { isValid: false, error: `${paramName} must be a valid URL` }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { isValid: false, error: `${paramName} must use http or https` }
  }
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (host === 'localhost' || (isIP(host) && isPrivateIP(host))) {
    return { isValid: false, error: `${paramName} points to a private address` }
  }
  try {
    const records = await lookup(host, { all: true, verbatim: true })
    if (records.some((record) => isPrivateIP(record.address))) {
      return { isValid: false, error: `${paramName} resolves to a private address` }
    }
    return { isValid: true, resolvedIP: records[0]?.address }
  } catch {
    return { isValid: false, error: `${paramName} could not be resolved` }
  }
}
