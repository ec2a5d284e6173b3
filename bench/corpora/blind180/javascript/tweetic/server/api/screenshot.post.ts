import { z } from 'zod'

const bodySchema = z.object({
  html: z.string().max(20000),
  background: z.string().max(200).optional(),
  width: z.number().int().min(200).max(1600).default(600),
})

/**
 * Renders the card to PNG through the screenshot worker. The worker fetches a
 * background image itself when one is given.
 */
export default defineEventHandler(async (event) => {
  const body = bodySchema.parse(await readBody(event))
  const config = useRuntimeConfig()

  let backgroundData: string | undefined
  if (body.background) {
    // expect: ssrf
    const bytes = await $fetch<ArrayBuffer>(body.background, { responseType: 'arrayBuffer' })
    backgroundData = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`
  }

  const png = await $fetch<ArrayBuffer>(`${config.screenshotWorkerUrl}/render`, {
    method: 'POST',
    body: { html: body.html, width: body.width, background: backgroundData },
    responseType: 'arrayBuffer',
  })

  setHeader(event, 'Content-Type', 'image/png')
  return Buffer.from(png)
})
