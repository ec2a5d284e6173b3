import { listModels, getServerOllama } from '~/server/utils/ollama'

interface ModelRow {
  name: string
  size: number
  family: string
  parameters: string
  updatedAt: string
}

function toRow(model: { name: string; size: number; modified_at: string | Date; details?: { family?: string; parameter_size?: string } }): ModelRow {
  return {
    name: model.name,
    size: model.size,
    family: model.details?.family ?? 'unknown',
    parameters: model.details?.parameter_size ?? '',
    updatedAt: new Date(model.modified_at).toISOString(),
  }
}

export default defineEventHandler(async (event) => {
  await requireUserSession(event)
  const { source = 'client' } = getQuery(event) as { source?: string }

  if (source === 'server') {
    const { models } = await getServerOllama().list()
    return models.map(toRow)
  }

  try {
    const models = await listModels(event)
    return models.map(toRow)
  } catch (err) {
    console.error('[models] listing failed', { message: (err as Error).message })
    throw createError({ statusCode: 502, statusMessage: 'Could not reach the Ollama endpoint' })
  }
})
