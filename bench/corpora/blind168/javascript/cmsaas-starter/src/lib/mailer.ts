import { env } from "$env/dynamic/private"
import { render } from "svelte/server"
import { Resend } from "resend"
import ContactReceived from "./emails/contact_received.svelte"
import WelcomeEmail from "./emails/welcome_email.svelte"

const templates = { contact_received: ContactReceived, welcome_email: WelcomeEmail } as const

function escapeHtml(value: string) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function client() {
  if (!env.PRIVATE_RESEND_API_KEY) return null
  return new Resend(env.PRIVATE_RESEND_API_KEY)
}

export async function sendAdminEmail(input: {
  subject: string
  from: { name: string; email: string; company: string }
  message: string
}) {
  const resend = client()
  if (!resend || !env.PRIVATE_ADMIN_EMAIL) return
  const sender = `${escapeHtml(input.from.name)} &lt;${escapeHtml(input.from.email)}&gt; (${escapeHtml(input.from.company)})`
  // expect: xss
  const html = `<h2>${escapeHtml(input.subject)}</h2><p>From: ${sender}</p><div style="white-space:pre-wrap">${input.message}</div>`
  const { error } = await resend.emails.send({
    from: env.PRIVATE_FROM_ADMIN_EMAIL || env.PRIVATE_ADMIN_EMAIL,
    to: [env.PRIVATE_ADMIN_EMAIL],
    subject: `ADMIN_MESSAGE: ${input.subject}`,
    html,
    text: `${input.from.name} <${input.from.email}>\n\n${input.message}`,
  })
  if (error) console.warn("Failed to send admin email", { subject: input.subject, error: error.message })
}

export async function sendUserEmail<T extends keyof typeof templates>(input: {
  to: string
  template: T
  props: Record<string, string>
}) {
  const resend = client()
  if (!resend) return
  const { body } = render(templates[input.template], { props: input.props })
  const { error } = await resend.emails.send({
    from: env.PRIVATE_FROM_ADMIN_EMAIL,
    to: [input.to],
    subject: input.template === "welcome_email" ? "Welcome!" : "We received your message",
    html: body,
  })
  if (error) console.warn("Failed to send user email", { template: input.template, error: error.message })
}
