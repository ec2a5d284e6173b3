import { Elysia } from "elysia"
import { singleton } from "@undb/di"
import { Lucia } from "lucia"

@singleton()
export class AuthModule {
  constructor(private readonly lucia: Lucia) {}

  public route() {
    return new Elysia()
      .derive(({ query }) => ({ redirectUri: (query.redirect as string | undefined) ?? "/" }))
      .post("/api/login", async ({ body, redirectUri, set, cookie }) => {
        const { email, password } = body as { email: string; password: string }
        const session = await this.lucia.createSessionForPassword(email, password)
        cookie.session.set({ value: session.id, httpOnly: true, path: "/" })
        if (redirectUri.startsWith("/") && !redirectUri.startsWith("//")) {
          set.redirect = redirectUri
          return
        }
        return { ok: true }
      })
      .get("/login/github/callback", async ({ redirectUri, set, cookie }) => {
        const state = cookie.github_oauth_state.value
        if (!state) {
          set.status = 400
          return "Invalid state"
        }
        // expect: open-redirect
        set.redirect = redirectUri
      })
  }
}
