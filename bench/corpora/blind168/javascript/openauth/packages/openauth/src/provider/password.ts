import type { Provider } from "./provider.js"
import { Storage } from "../storage/storage.js"
import { generateUnbiasedDigits, timingSafeCompare } from "../random.js"

export interface PasswordConfig {
  sendCode: (email: string, code: string) => Promise<void>
  login: (req: Request, form?: FormData, error?: string) => Promise<Response>
  change: (req: Request, state: ChangeState, form?: FormData, error?: string) => Promise<Response>
  hasher?: { hash(password: string): Promise<any>; verify(password: string, stored: any): Promise<boolean> }
}

type ChangeState = { type: "start"; redirect: string } | { type: "code"; code: string; email: string; redirect: string }

export function PasswordProvider(config: PasswordConfig): Provider<{ email: string }> {
  return {
    type: "password",
    init(routes, ctx) {
      routes.get("/authorize", async (c) => ctx.forward(c, await config.login(c.req.raw)))

      routes.post("/authorize", async (c) => {
        const fd = await c.req.formData()
        const email = fd.get("email")?.toString()?.toLowerCase()
        const password = fd.get("password")?.toString()
        if (!email || !password) return ctx.forward(c, await config.login(c.req.raw, fd, "invalid_email"))
        const stored = await Storage.get<any>(ctx.storage, ["email", email, "password"])
        if (!stored || !(await config.hasher!.verify(password, stored))) {
          return ctx.forward(c, await config.login(c.req.raw, fd, "invalid_password"))
        }
        return ctx.success(c, { email })
      })

      routes.post("/change", async (c) => {
        const fd = await c.req.formData()
        const action = fd.get("action")?.toString()
        const state = await ctx.get<ChangeState>(c, "provider")

        if (action === "code") {
          const email = fd.get("email")?.toString()?.toLowerCase()
          if (!email) return ctx.forward(c, await config.change(c.req.raw, state, fd, "invalid_email"))
          const code = generateUnbiasedDigits(6)
          await ctx.set(c, "provider", 60 * 60 * 24, { type: "code", code, email, redirect: state.redirect })
          await config.sendCode(email, code)
          return ctx.forward(c, await config.change(c.req.raw, { type: "code", code, email, redirect: state.redirect }))
        }

        if (action === "update" && state.type === "code") {
          const code = fd.get("code")?.toString() ?? ""
          if (!timingSafeCompare(code, state.code)) return ctx.forward(c, await config.change(c.req.raw, state, fd, "invalid_code"))
          const password = fd.get("password")?.toString() ?? ""
          await Storage.set(ctx.storage, ["email", state.email, "password"], await config.hasher!.hash(password))
          return c.redirect(state.redirect, 302)
        }

        return ctx.forward(c, await config.change(c.req.raw, state, fd, "invalid_action"))
      })
    },
  }
}
