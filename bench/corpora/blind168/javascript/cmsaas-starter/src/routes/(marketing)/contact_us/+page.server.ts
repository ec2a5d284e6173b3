import { fail } from "@sveltejs/kit"
import { sendAdminEmail, sendUserEmail } from "$lib/mailer"
import type { Actions } from "./$types"

const MAX = { first_name: 500, last_name: 500, email: 500, company: 500, phone: 100, message: 2000 }

export const actions: Actions = {
  submitContactUs: async ({ request, locals: { supabaseServiceRole } }) => {
    const formData = await request.formData()
    const errors: Record<string, string> = {}
    const fields = Object.fromEntries(
      (Object.keys(MAX) as (keyof typeof MAX)[]).map((key) => [key, String(formData.get(key) ?? "")]),
    ) as Record<keyof typeof MAX, string>

    for (const [key, limit] of Object.entries(MAX) as [keyof typeof MAX, number][]) {
      if (fields[key].length > limit) errors[key] = `${key} too long`
    }
    if (!fields.email.includes("@")) errors.email = "Email address is required"
    if (Object.keys(errors).length > 0) return fail(400, { errors })

    const { error: insertError } = await supabaseServiceRole.from("contact_requests").insert({
      first_name: fields.first_name,
      last_name: fields.last_name,
      email: fields.email,
      company_name: fields.company,
      phone: fields.phone,
      message_body: fields.message,
      updated_at: new Date(),
    })

    if (insertError) {
      // expect: log-injection
      console.error(`Error saving contact request from ${fields.email}: ${insertError.message}`)
      return fail(500, { errors: { _: "Error saving" } })
    }

    await sendAdminEmail({
      subject: "New contact request",
      from: { name: `${fields.first_name} ${fields.last_name}`, email: fields.email, company: fields.company },
      message: fields.message,
    })
    await sendUserEmail({ to: fields.email, template: "contact_received", props: { firstName: fields.first_name } })
    return { success: true }
  },
}
