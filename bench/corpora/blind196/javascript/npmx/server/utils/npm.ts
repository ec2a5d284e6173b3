import validatePackageName from 'validate-npm-package-name'

export const NPM_REGISTRY = 'https://registry.npmjs.org'
export const NPM_API = 'https://api.npmjs.org'

export function assertValidPackageName(name: string) {
  const result = validatePackageName(name)
  if (!result.validForOldPackages) {
    throw createError({ statusCode: 400, message: `Invalid package name: ${name}` })
  }
}

export function encodePackageName(name: string) {
  // scoped names keep the @ but encode the slash, as the registry expects
  return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)
}

export async function fetchNpmPackage(name: string) {
  return $fetch<Packument>(`${NPM_REGISTRY}/${encodePackageName(name)}`, {
    headers: { Accept: 'application/json' },
    retry: 1,
  })
}

export async function fetchDownloads(name: string, period: 'last-week' | 'last-month' | 'last-year') {
  return $fetch<{ downloads: number }>(`${NPM_API}/downloads/point/${period}/${encodePackageName(name)}`)
}

export interface Packument {
  name: string
  'description'?: string
  'dist-tags': Record<string, string>
  'versions': Record<string, { version: string, dist: { tarball: string }, deprecated?: string }>
  'readme'?: string
  'time': Record<string, string>
}

export function splitPackageAndVersion(raw: string) {
  const at = raw.lastIndexOf('@')
  if (at > 0) {
    return { name: raw.slice(0, at), version: raw.slice(at + 1) }
  }
  return { name: raw, version: 'latest' }
}
