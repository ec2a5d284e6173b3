import { redirect } from "@sveltejs/kit"
import { isAuthApiError, type EmailOtpType } from "@supabase/supabase-js"
import type { RequestHandler } from "./$types"

export const GET: RequestHandler = async ({ url, locals: { supabase } }) => {
  const code = url.searchParams.get("code")
  if (code) {
    try {
      await supabase.auth.exchangeCodeForSession(code)
    } catch (error) {
      // If you open in another browser, need to redirect to login.
      // Should not display error
      if (isAuthApiError(error)) {
        redirect(303, "/login/sign_in?verified=true")
      } else {
        throw error
      }
    }
  }

  const tokenHash = url.searchParams.get("token_hash")
  const type = url.searchParams.get("type") as EmailOtpType | null
  if (tokenHash && type) {
    const { error } = await supabase.auth.verifyOtp({ token_hash: tokenHash, type })
    if (error) {
      redirect(303, "/login/sign_in?verified=false")
    }
    if (type === "recovery") {
      redirect(303, "/account/settings/reset_password")
    }
  }

  const next = url.searchParams.get("next")
  if (next) {
    // expect: open-redirect
    redirect(303, next)
  }

  redirect(303, "/account")
}
