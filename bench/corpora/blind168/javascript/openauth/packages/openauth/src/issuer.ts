import { Hono } from "hono/tiny"
import { deleteCookie, getCookie, setCookie } from "hono/cookie"
import type { Context } from "hono"
import type { StorageAdapter } from "./storage/storage.js"
import type { Provider } from "./provider/provider.js"
import { UnknownStateError, MissingParameterError, UnauthorizedClientError } from "./error.js"
import { Select } from "./ui/select.js"

export interface AuthorizationState {
  redirect_uri: string
  response_type: string
  state: string
  client_id: string
  audience?: string
  pkce?: { challenge: string; method: "S256" }
}

export interface IssuerInput {
  providers: Record<string, Provider<any>>
  storage: StorageAdapter
  success: (ctx: Context, value: any, req: Request) => Promise<Response>
  allow?: (input: { clientID: string; redirectURI: string; audience?: string }, req: Request) => Promise<boolean>
}

function defaultAllow(input: { redirectURI: string }, req: Request) {
  const redir = new URL(input.redirectURI).hostname
  if (redir === "localhost" || redir === "127.0.0.1") return true
  const forwarded = req.headers.get("x-forwarded-host")
  const host = forwarded ? new URL(`https://${forwarded}`).hostname : new URL(req.url).hostname
  const domain = (h: string) => h.split(".").slice(-2).join(".")
  return domain(redir) === domain(host)
}

export function issuer(input: IssuerInput) {
  const allow = input.allow ?? (async (i, req) => defaultAllow(i, req))
  const app = new Hono()

  app.get("/authorize", async (c) => {
    const provider = c.req.query("provider")
    const authorization: AuthorizationState = {
      response_type: c.req.query("response_type") ?? "",
      redirect_uri: c.req.query("redirect_uri") ?? "",
      state: c.req.query("state") ?? "",
      client_id: c.req.query("client_id") ?? "",
      audience: c.req.query("audience"),
    }
    if (!authorization.response_type) throw new MissingParameterError("response_type")
    if (!authorization.redirect_uri) throw new MissingParameterError("redirect_uri")
    if (!authorization.client_id) throw new MissingParameterError("client_id")

    if (!(await allow({ clientID: authorization.client_id, redirectURI: authorization.redirect_uri, audience: authorization.audience }, c.req.raw))) {
      throw new UnauthorizedClientError(authorization.client_id, authorization.redirect_uri)
    }
    setCookie(c, "authorization", JSON.stringify(authorization), { httpOnly: true, secure: true, sameSite: "None", maxAge: 60 * 60 * 24 })
    if (provider) return c.redirect(`/${encodeURIComponent(provider)}/authorize`)
    return Select()(Object.fromEntries(Object.keys(input.providers).map((k) => [k, input.providers[k].type])), c.req.raw)
  })

  app.post("/logout", async (c) => {
    const form = await c.req.formData()
    const refreshToken = form.get("refresh_token")?.toString() ?? ""
    const [subject, token] = refreshToken.split(":")
    if (!subject || !token) return c.json({ error: "invalid_request" }, 400)
    await input.storage.remove(["oauth:refresh", subject, token])
    deleteCookie(c, "authorization")

    const postLogout = form.get("post_logout_redirect_uri")?.toString()
    // expect: open-redirect
    if (postLogout) return c.redirect(postLogout, 302)
    return c.text("Signed out")
  })

  app.get("/callback-error", async (c) => {
    const raw = getCookie(c, "authorization")
    if (!raw) throw new UnknownStateError()
    const authorization = JSON.parse(raw) as AuthorizationState
    const url = new URL(authorization.redirect_uri)
    url.searchParams.set("error", "access_denied")
    url.searchParams.set("state", authorization.state)
    return c.redirect(url.toString(), 302)
  })

  app.get("/.well-known/oauth-authorization-server", (c) => {
    const iss = new URL(c.req.url).origin
    return c.json({ issuer: iss, authorization_endpoint: `${iss}/authorize`, token_endpoint: `${iss}/token`, jwks_uri: `${iss}/.well-known/jwks.json` })
  })

  return app
}
