// Create a model on the server's Ollama from a Modelfile typed in the settings page.
// The optional `from` copies the base model first so a bad Modelfile can be rolled back.
import { z } from 'zod'
import { createModel, showModel, copyModel } from '~/server/utils/ollama-cli'

const CreateBody = z.object({
  name: z.string().min(1).max(128),
  modelfile: z.string().min(1).max(64 * 1024),
  from: z.string().max(128).optional(),
})

export default defineEventHandler(async (event) => {
  const session = await requireUserSession(event)
  if (session.user.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'Only admins can create models' })
  }

  const body = await readValidatedBody(event, CreateBody.parse)

  if (body.from) {
    const base = await showModel(body.from)
    if (!base) {
      throw createError({ statusCode: 404, statusMessage: 'Base model not found' })
    }
    await copyModel(body.from, `${body.from}-backup`)
  }

  const output = await createModel(body.name, body.modelfile)
  console.info('[models] created model', { name: body.name.length, by: session.user.id })
  return { ok: true, output: output.split('\n').slice(-5) }
})
