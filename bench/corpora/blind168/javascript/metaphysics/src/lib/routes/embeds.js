import express from "express"
import fetch from "node-fetch"
import config from "config"
import { info, error } from "lib/loggers"
import { fetchOembed } from "lib/fetchOembed"

const IMAGE_HOSTS = new Set(["d32dm0rphc51dk.cloudfront.net", "files.artsy.net", "d7hftxdivxxvm.cloudfront.net"])

export const embedsRouter = express.Router()

embedsRouter.get("/oembed", async (req, res) => {
  const target = typeof req.query.url === "string" ? req.query.url : ""
  if (!target) return res.status(400).json({ error: "url is required" })
  try {
    const data = await fetchOembed(target, Number(req.query.maxwidth) || 640)
    res.set("Cache-Control", "public, max-age=3600")
    return res.json(data)
  } catch (err) {
    error(err)
    return res.status(502).json({ error: "Could not load embed" })
  }
})

embedsRouter.get("/image-proxy", async (req, res) => {
  let parsed
  try {
    parsed = new URL(String(req.query.src))
  } catch (_err) {
    return res.status(400).end()
  }
  if (parsed.protocol !== "https:" || !IMAGE_HOSTS.has(parsed.hostname)) {
    return res.status(403).json({ error: "Host not allowed" })
  }
  const upstream = await fetch(parsed.toString(), { timeout: config.REQUEST_TIMEOUT_MS })
  if (!upstream.ok) return res.status(upstream.status).end()
  res.set("Content-Type", upstream.headers.get("content-type") || "image/jpeg")
  res.set("Cache-Control", "public, max-age=86400")
  info(`image-proxy ${parsed.hostname}`)
  upstream.body.pipe(res)
})
