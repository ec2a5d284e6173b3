import { audit } from '../../utils/audit'

export default defineEventHandler(async (event) => {
  const { email, source = 'footer' } = await readBody<{ email: string, source?: string }>(event)
  if (!email || !email.includes('@')) {
    throw createError({ statusCode: 400, statusMessage: 'invalid email' })
  }
  await $fetch('https://api.sendgrid.com/v3/marketing/contacts', {
    method: 'PUT',
    headers: { authorization: `Bearer ${useRuntimeConfig().sendgridKey}` },
    body: { contacts: [{ email }] },
  })
  audit('newsletter.subscribe', `${email} from ${source}`)
  return { ok: true }
})
