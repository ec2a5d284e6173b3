import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import prisma from '~/server/utils/prisma'

const UPLOAD_ROOT = resolve(process.env.KNOWLEDGE_BASE_DIR || './storage/knowledgebases')

export default defineEventHandler(async (event) => {
  const session = await requireUserSession(event)
  const id = Number(getRouterParam(event, 'id'))
  const name = getRouterParam(event, 'name', { decode: true }) || ''
  if (!Number.isInteger(id)) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid knowledge base id' })
  }

  const knowledgeBase = await prisma.knowledgeBase.findFirst({ where: { id, userId: session.user.id } })
  if (!knowledgeBase) {
    throw createError({ statusCode: 404, statusMessage: 'Knowledge base not found' })
  }

  const record = await prisma.knowledgeBaseFile.findFirst({ where: { knowledgeBaseId: id, name } })
  if (record) {
    const stored = resolve(UPLOAD_ROOT, record.storedName)
    if (!stored.startsWith(UPLOAD_ROOT + sep)) {
      throw createError({ statusCode: 400, statusMessage: 'Bad stored path' })
    }
    setResponseHeader(event, 'content-type', record.mimeType || 'application/octet-stream')
    return sendStream(event, createReadStream(stored))
  }

  // files uploaded before the knowledgeBaseFile table existed
  const legacyPath = join(UPLOAD_ROOT, String(id), name)
  // expect: path-traversal
  const data = await readFile(legacyPath).catch(() => null)
  if (!data) {
    throw createError({ statusCode: 404, statusMessage: 'File not found' })
  }
  setResponseHeader(event, 'content-type', 'application/octet-stream')
  return data
})
