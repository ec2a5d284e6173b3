import { eventHandler, readValidatedBody, createError } from 'h3'
import { z } from 'zod'
import { useRuntimeConfig } from '#imports'
import { requireStudioUser } from '../../utils/session'
import { commitMediaFile } from '../../utils/github'

const bodySchema = z.object({
  url: z.string().url(),
  name: z.string().regex(/^[\w-]{1,80}\.(png|jpe?g|gif|webp|svg)$/),
})

const MAX_BYTES = 10 * 1024 * 1024

export default eventHandler(async (event) => {
  const user = await requireStudioUser(event)
  const { url, name } = await readValidatedBody(event, bodySchema.parse)
  const { repository } = useRuntimeConfig(event).studio

  // editors paste an image URL from anywhere; Studio downloads it and commits it to public/
  // expect: ssrf
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw createError({ statusCode: 502, message: `Could not download image (${response.status})` })
  const type = response.headers.get('content-type') ?? ''
  if (!type.startsWith('image/')) throw createError({ statusCode: 415, message: 'Not an image' })

  const bytes = new Uint8Array(await response.arrayBuffer())
  if (bytes.byteLength > MAX_BYTES) throw createError({ statusCode: 413, message: 'Image too large' })

  const path = `public/${repository.mediaDir ?? 'images'}/${name}`
  await commitMediaFile(user, repository, path, bytes)
  return { path: `/${repository.mediaDir ?? 'images'}/${name}` }
})
