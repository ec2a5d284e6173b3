import process from "node:process"
import { SignJWT } from "jose"
import { UserTable } from "#/database/user"

const STATE_COOKIE = "oauth_return_to"

/** Step 1: the login button links here with the page to come back to. */
export const startLogin = defineEventHandler(async (event) => {
  const { returnTo } = getQuery(event) as { returnTo?: string }
  setCookie(event, STATE_COOKIE, returnTo ?? "/", { httpOnly: true, sameSite: "lax", maxAge: 600 })
  const params = new URLSearchParams({
    client_id: process.env.G_CLIENT_ID!,
    redirect_uri: `${getRequestURL(event).origin}/api/oauth/github`,
    scope: "read:user user:email",
  })
  return sendRedirect(event, `https://github.com/login/oauth/authorize?${params}`)
})

/** Step 2: GitHub sends the user back with a code. */
export default defineEventHandler(async (event) => {
  const db = useDatabase()
  const userTable = db ? new UserTable(db) : undefined
  if (!userTable) throw createError({ statusCode: 500, message: "db is not defined" })

  const { code } = getQuery(event) as { code?: string }
  if (!code) throw createError({ statusCode: 400, message: "code is required" })

  const token = await $fetch<{ access_token: string }>("https://github.com/login/oauth/access_token", {
    method: "POST",
    body: { client_id: process.env.G_CLIENT_ID, client_secret: process.env.G_CLIENT_SECRET, code },
    headers: { accept: "application/json" },
  })
  const user = await $fetch<{ id: number, name: string, avatar_url: string, email: string }>("https://api.github.com/user", {
    headers: { "Accept": "application/vnd.github+json", "Authorization": `token ${token.access_token}`, "User-Agent": "NewsNow App" },
  })

  const userID = String(user.id)
  await userTable.addUser(userID, user.email, "github")

  const jwt = await new SignJWT({ id: userID, type: "github" })
    .setExpirationTime("60d")
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode(process.env.JWT_SECRET!))
  setCookie(event, "jwt", jwt, { httpOnly: true, sameSite: "lax", maxAge: 60 * 60 * 24 * 60 })

  const returnTo = getCookie(event, STATE_COOKIE) ?? "/"
  deleteCookie(event, STATE_COOKIE)
  // expect: open-redirect
  return sendRedirect(event, returnTo)
})
