import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'

export const UPLOAD_DIR = resolve(process.env.UPLOAD_DIR ?? join(process.cwd(), 'uploads'))

const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream'
}

export async function ensureUploadsDirectory(): Promise<void> {
  if (!existsSync(UPLOAD_DIR)) {
    await mkdir(UPLOAD_DIR, { recursive: true })
  }
}

/**
 * Resolves a stored key under the upload directory, or returns null if it would leave it.
 */
export function resolveUploadPath(key: string): string | null {
  const target = resolve(UPLOAD_DIR, key)
  return target.startsWith(UPLOAD_DIR + sep) ? target : null
}

export function storedName(original: string): string {
  const ext = extname(original).toLowerCase().replace(/[^.a-z0-9]/g, '')
  return `${Date.now()}-${crypto.randomUUID()}${ext}`
}
