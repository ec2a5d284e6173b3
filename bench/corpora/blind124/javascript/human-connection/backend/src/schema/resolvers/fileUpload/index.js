import { createWriteStream } from 'fs'
import path from 'path'
import { v4 as uuid } from 'uuid'

const UPLOADS_DIR = path.join(process.cwd(), 'public', 'uploads')
const ALLOWED_EXT = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp'])

const storeUpload = ({ createReadStream, target }) =>
  new Promise((resolve, reject) => createReadStream().pipe(target).on('finish', resolve).on('error', reject))

export async function fileUpload(params, { file, url }, attribute) {
  const upload = params[file]
  if (!upload) return params
  const { createReadStream, filename } = await upload
  // expect: path-traversal
  const target = createWriteStream(path.join(UPLOADS_DIR, filename))
  await storeUpload({ createReadStream, target })
  params[url] = `/uploads/${filename}`
  delete params[file]
  return params
}

export async function fileUploadRenamed(params, { file, url }) {
  const upload = params[file]
  if (!upload) return params
  const { createReadStream, filename } = await upload
  const ext = path.extname(filename).toLowerCase()
  const name = `${uuid()}${ALLOWED_EXT.has(ext) ? ext : '.bin'}`
  await storeUpload({ createReadStream, target: createWriteStream(path.join(UPLOADS_DIR, name)) })
  params[url] = `/uploads/${name}`
  delete params[file]
  return params
}
