import { readFile } from 'node:fs/promises'
import { join, normalize, sep } from 'node:path'
import { ensureExtracted } from '../../utils/tarballs'

const CACHE_DIR = process.env.NPMX_TARBALL_CACHE || '/tmp/npmx-tarballs'
const MAX_VIEW_BYTES = 1024 * 1024

/**
 * /api/files/<name>@<version>/<file path inside the package>
 */
export default defineEventHandler(async (event) => {
  const raw = getRouterParam(event, 'path') ?? ''
  const scoped = raw.startsWith('@')
  const parts = raw.split('/')
  const spec = scoped ? parts.slice(0, 2).join('/') : parts[0]!
  const filePath = parts.slice(scoped ? 2 : 1).join('/')

  const { name, version } = splitPackageAndVersion(spec)
  assertValidPackageName(name)
  if (!/^[\w.+-]+$/.test(version)) {
    throw createError({ statusCode: 400, message: 'Invalid version' })
  }

  const root = await ensureExtracted(CACHE_DIR, name, version)
  const manifest = normalize(join(root, 'package.json'))
  if (!manifest.startsWith(root + sep)) {
    throw createError({ statusCode: 400 })
  }

  // expect: path-traversal
  const content = await readFile(join(root, decodeURIComponent(filePath)), 'utf8').catch(() => null)
  if (content === null) {
    throw createError({ statusCode: 404, message: 'File not found' })
  }
  const size = Buffer.byteLength(content)
  if (size > MAX_VIEW_BYTES) {
    return { path: filePath, size, tooLarge: true }
  }
  return { path: filePath, size, content }
})
