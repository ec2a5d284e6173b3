import { getServerSession } from '#auth'
import { usePrisma } from '@sidebase/nuxt-prisma'
import { z } from 'zod'
import { EXPORT_FORMATS, exportWithPandoc, exportWithTitle } from '~/server/utils/exporter'

const bodySchema = z.object({
  exampleId: z.string().cuid(),
  format: z.enum(EXPORT_FORMATS),
  title: z.string().min(1).max(120).optional(),
})

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
}

/** Exports one example as a document. */
export default eventHandler(async (event) => {
  const session = await getServerSession(event)
  if (!session?.user?.email) {
    throw createError({ statusCode: 401, statusMessage: 'Unauthenticated' })
  }
  const body = bodySchema.parse(await readBody(event))
  const prisma = usePrisma(event)
  const example = await prisma.example.findFirst({
    where: { id: body.exampleId, owner: { email: session.user.email } },
  })
  if (!example) {
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  }

  const bytes = body.title
    ? await exportWithTitle(example.content, body.format, body.title)
    : await exportWithPandoc(example.content, body.format)

  setResponseHeader(event, 'Content-Type', MIME[body.format])
  setResponseHeader(event, 'Content-Disposition', `attachment; filename="example-${example.id}.${body.format}"`)
  return bytes
})
