/** @jsxImportSource hono/jsx */
import { html } from "hono/html"
import type { PasswordConfig } from "../provider/password.js"
import { Layout } from "./base.js"

const DEFAULT_COPY = {
  error_invalid_email: "Email is not valid.",
  error_invalid_password: "Password is incorrect.",
  error_invalid_code: "Code is incorrect.",
  error_invalid_action: "Something went wrong, please try again.",
  register_title: "Welcome to the app",
  login_title: "Sign in",
  change_prompt: "Forgot password?",
}

export type PasswordUICopy = typeof DEFAULT_COPY

export function PasswordUI(input: { sendCode: PasswordConfig["sendCode"]; copy?: Partial<PasswordUICopy> }) {
  const copy = { ...DEFAULT_COPY, ...input.copy }

  return {
    sendCode: input.sendCode,

    login: async (_req: Request, form?: FormData, error?: string): Promise<Response> => {
      const message = error ? copy[`error_${error}` as keyof PasswordUICopy] ?? copy.error_invalid_action : undefined
      const jsx = (
        <Layout>
          <form data-component="form" method="post">
            {message && <div data-component="form-alert">{message}</div>}
            <input data-component="input" type="email" name="email" required placeholder="Email" value={form?.get("email")?.toString()} />
            <input data-component="input" type="password" name="password" required placeholder="Password" autocomplete="current-password" />
            <button data-component="button">{copy.login_title}</button>
            <a data-component="link" href="./change">{copy.change_prompt}</a>
          </form>
        </Layout>
      )
      return new Response(jsx.toString(), { headers: { "Content-Type": "text/html" } })
    },

    change: async (_req: Request, state: any, form?: FormData, error?: string): Promise<Response> => {
      const email = form?.get("email")?.toString() ?? state?.email ?? ""
      if (state?.type === "code") {
        const notice = html`<p data-component="description">We sent a code to ${email}. It expires in 24 hours.</p>`
        return new Response(
          `<!doctype html><html><body><form method="post">${notice}<input type="hidden" name="action" value="update" /><input name="code" inputmode="numeric" autocomplete="one-time-code" /><input type="password" name="password" /><button>Update</button></form></body></html>`,
          { headers: { "Content-Type": "text/html" } },
        )
      }
      const problem = error ? `<div data-component="form-alert">Could not send a code to ${email}.</div>` : ""
      // expect: xss
      return new Response(`<!doctype html><html><body><form method="post">${problem}<input type="hidden" name="action" value="code" /><input type="email" name="email" required /><button>Send code</button></form></body></html>`, { headers: { "Content-Type": "text/html" } })
    },
  }
}
