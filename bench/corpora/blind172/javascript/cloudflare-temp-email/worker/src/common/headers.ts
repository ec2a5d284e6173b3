/** RFC 6266 / 5987 attachment header: an ASCII fallback plus the UTF-8 name percent-encoded. */
export function contentDispositionFor(filename: string): string {
    const fallback = filename.replace(/[^\x20-\x7e]|["\\]/g, '_').slice(0, 100) || 'attachment'
    const encoded = encodeURIComponent(filename).replace(/['()*]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`
}

/** Security headers added to every HTML response of the worker's frontend. */
export function htmlSecurityHeaders(): Record<string, string> {
    return {
        'Content-Security-Policy': "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'",
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Frame-Options': 'DENY',
    }
}

/** Extracts the bearer token of the `Authorization` header, or null. */
export function bearerToken(header: string | undefined): string | null {
    if (!header) return null
    const [scheme, token] = header.split(' ')
    return scheme?.toLowerCase() === 'bearer' && token ? token : null
}

/** Reads the language the UI should use from Accept-Language, limited to the shipped locales. */
export function pickLocale(header: string | undefined): 'en' | 'zh' {
    return (header ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

/** Normalises an address typed by a user: trimmed, lowercase, no display name. */
export function normalizeAddress(value: string): string {
    const match = /<([^<>\s]+)>/.exec(value)
    return (match ? match[1] : value).trim().toLowerCase()
}
