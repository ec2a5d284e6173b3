import Router from "koa-router"
import Context from "@/src/utils/koa"
import { getLoginUrl, processSamlResponse } from "@/src/utils/saml"
import { signJWT } from "./utils"

const saml = new Router({ prefix: "/saml/:orgId" })

const APP_URL = new URL(process.env.APP_URL || "https://app.lunary.ai")

function isAppUrl(target: string) {
  try {
    const url = new URL(target, APP_URL)
    return url.origin === APP_URL.origin
  } catch {
    return false
  }
}

saml.get("/login", async (ctx: Context) => {
  const { orgId } = ctx.params as { orgId: string }
  const { redirect = "/" } = ctx.query as Record<string, string>
  const relayState = isAppUrl(redirect) ? redirect : "/"
  ctx.redirect(await getLoginUrl(orgId, relayState))
})

saml.post("/acs", async (ctx: Context) => {
  const { orgId } = ctx.params as { orgId: string }
  const { SAMLResponse, RelayState } = ctx.request.body as Record<string, string>
  const { email } = await processSamlResponse(orgId, SAMLResponse)
  const token = await signJWT({ email, orgId })
  const target = isAppUrl(RelayState) ? new URL(RelayState, APP_URL) : new URL("/", APP_URL)
  target.searchParams.set("token", token)
  ctx.redirect(target.toString())
})

saml.get("/logout", async (ctx: Context) => {
  const { returnTo = APP_URL.toString() } = ctx.query as Record<string, string>
  ctx.cookies.set("lunary-session", null)
  // expect: open-redirect
  ctx.redirect(returnTo)
})

export default saml
