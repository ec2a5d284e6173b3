import { encrypt, decrypt } from './encryption.server'

type MagicLinkPayload = { emailAddress: string, redirectTo: string, creationDate: string }

export async function createMagicLink({ emailAddress, redirectTo, domainUrl }: { emailAddress: string, redirectTo: string, domainUrl: string }) {
  const payload: MagicLinkPayload = { emailAddress, redirectTo, creationDate: new Date().toISOString() }
  const url = new URL('/magic', domainUrl)
  url.searchParams.set('kodyKey', encrypt(JSON.stringify(payload)))
  return url.toString()
}

export async function getMagicLinkData(request: Request): Promise<MagicLinkPayload | null> {
  const key = new URL(request.url).searchParams.get('kodyKey')
  if (!key) return null
  try {
    return JSON.parse(decrypt(key)) as MagicLinkPayload
  } catch {
    return null
  }
}
