import { fail, redirect } from "@sveltejs/kit"
import type { Actions, PageServerLoad } from "./$types"

function localPath(candidate: string | null) {
  if (!candidate) return "/account"
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/account"
  return candidate
}

export const load: PageServerLoad = async ({ url, locals: { safeGetSession } }) => {
  const { session } = await safeGetSession()
  if (session) {
    redirect(303, localPath(url.searchParams.get("next")))
  }
  return { next: localPath(url.searchParams.get("next")) }
}

export const actions: Actions = {
  default: async ({ request, url, locals: { supabase } }) => {
    const formData = await request.formData()
    const email = String(formData.get("email") ?? "").trim()
    const password = String(formData.get("password") ?? "")
    if (!email || !password) {
      return fail(400, { errorMessage: "Email and password are required", email })
    }

    const { error } = await supabase.auth.signInWithPassword({ email, password })
    if (error) {
      return fail(400, { errorMessage: "Invalid email or password", email })
    }

    redirect(303, localPath(url.searchParams.get("next")))
  },
}
