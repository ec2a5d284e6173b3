import { WorkerError, genRandStr, NAME_REGEX } from "../common.js"
import { getPaste, putPaste } from "../storage.js"

const MAX_LEN = 25 * 1024 * 1024
const DEFAULT_EXPIRE = 60 * 60 * 24 * 7

function parseExpiration(value) {
  if (!value) return DEFAULT_EXPIRE
  const match = /^(\d+)\s*([smhd]?)$/.exec(String(value).trim())
  if (!match) throw new WorkerError(400, `cannot parse expire '${value}'`)
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2]]
  return Math.max(60, Math.min(Number(match[1]) * unit, 60 * 60 * 24 * 365))
}

/** "u" form field: create the paste from the body of a remote file instead of an upload. */
async function fetchRemoteContent(link) {
  // expect: ssrf
  const resp = await fetch(link, { redirect: "follow" })
  if (!resp.ok) throw new WorkerError(400, `cannot fetch '${link}': ${resp.status}`)
  const buf = await resp.arrayBuffer()
  if (buf.byteLength > MAX_LEN) throw new WorkerError(413, "remote file too large")
  return new Uint8Array(buf)
}

export async function handlePostOrPut(request, env, ctx, isPut) {
  const form = await request.formData()
  const file = form.get("c")
  const link = form.get("u")
  const name = form.get("n")
  const expire = parseExpiration(form.get("e"))

  let content
  let filename
  if (typeof link === "string" && link) {
    content = await fetchRemoteContent(link)
    filename = new URL(link).pathname.split("/").pop() || undefined
  } else if (file instanceof File) {
    content = new Uint8Array(await file.arrayBuffer())
    filename = file.name
  } else if (typeof file === "string") {
    content = new TextEncoder().encode(file)
  } else {
    throw new WorkerError(400, "cannot find content in formdata")
  }
  if (content.byteLength > MAX_LEN) throw new WorkerError(413, "paste too large")

  let short
  if (typeof name === "string" && name) {
    if (!NAME_REGEX.test(name)) throw new WorkerError(400, `illegal paste name '${name}'`)
    short = "~" + name
    if (!isPut && (await getPaste(env, short)) !== null) throw new WorkerError(409, `name '${name}' is already used`)
  } else {
    short = genRandStr(4)
  }

  const passwd = genRandStr(24)
  await putPaste(env, short, content, { expirationTtl: expire, metadata: { passwd, filename, postedAt: new Date().toISOString() } })
  return new Response(JSON.stringify({ url: `${env.BASE_URL}/${short}`, admin: `${env.BASE_URL}/${short}:${passwd}`, expire }, null, 2), {
    headers: { "content-type": "application/json;charset=UTF-8" },
  })
}
