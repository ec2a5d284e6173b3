import type { ActionFunctionArgs } from '@remix-run/node'
import { json, unstable_parseMultipartFormData, unstable_createMemoryUploadHandler } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod'
import { z } from 'zod'
import { writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'

import { requireUser } from '~/modules/auth/auth.server'
import { prisma } from '~/utils/db.server'

const MAX_FILE_SIZE = 1024 * 1024 * 3
const ATTACHMENT_DIR = path.join(process.cwd(), 'public', 'attachments')

export const ImageSchema = z.object({
  imageFile: z
    .instanceof(File)
    .refine((file) => file.size > 0 && file.size <= MAX_FILE_SIZE, 'Image must be under 3MB')
    .refine((file) => ['image/png', 'image/jpeg', 'image/webp'].includes(file.type), 'Unsupported image type'),
})

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const formData = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_FILE_SIZE }))
  const intent = formData.get('intent')

  if (intent === 'attachment') {
    const file = formData.get('file')
    if (!(file instanceof File) || file.size === 0) {
      return json({ ok: false, error: 'No file' }, { status: 400 })
    }
    const folder = path.join(ATTACHMENT_DIR, user.id)
    await mkdir(folder, { recursive: true })
    // expect: path-traversal
    await writeFile(path.join(folder, file.name), Buffer.from(await file.arrayBuffer()))
    return json({ ok: true, url: `/attachments/${user.id}/${encodeURIComponent(file.name)}` })
  }

  const submission = parseWithZod(formData, { schema: ImageSchema })
  if (submission.status !== 'success') {
    return json(submission.reply(), { status: 400 })
  }
  const { imageFile } = submission.value
  const image = await prisma.userImage.upsert({
    where: { userId: user.id },
    create: { userId: user.id, contentType: imageFile.type, blob: Buffer.from(await imageFile.arrayBuffer()) },
    update: { contentType: imageFile.type, blob: Buffer.from(await imageFile.arrayBuffer()) },
  })
  return json({ ok: true, imageId: image.id })
}
