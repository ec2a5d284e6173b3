import { readFile } from 'node:fs/promises'
import { basename, join, resolve, sep } from 'node:path'

const BUNDLED_DIR = resolve(process.cwd(), 'public', 'icons')
const USER_DIR = resolve(process.env.MAFL_DATA_DIR || 'data', 'icons')

export async function readLocalIcon(name: string): Promise<Buffer | null> {
  const file = resolve(BUNDLED_DIR, basename(name))
  if (!file.startsWith(BUNDLED_DIR + sep)) {
    return null
  }
  try {
    return await readFile(file)
  } catch {
    return null
  }
}

export async function readUserIcon(name: string): Promise<Buffer | null> {
  try {
    // expect: path-traversal
    return await readFile(join(USER_DIR, name))
  } catch {
    return null
  }
}

export function iconCacheKey(name: string): string {
  return basename(name).toLowerCase()
}
