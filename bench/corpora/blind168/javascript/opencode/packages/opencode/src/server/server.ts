import { Hono } from "hono"
import { streamSSE } from "hono/streaming"
import { zValidator } from "@hono/zod-validator"
import { z } from "zod"
import { Log } from "../util/log"
import { Bus } from "../bus"
import { File } from "../file"
import { Ripgrep } from "../file/ripgrep"
import { Config } from "../config/config"
import { Session } from "../session"

export namespace Server {
  const log = Log.create({ service: "server" })

  export function app() {
    const app = new Hono()

    app.use(async (c, next) => {
      log.info("request", { method: c.req.method, path: c.req.path })
      const start = performance.now()
      await next()
      log.info("response", { status: c.res.status, duration: Math.round(performance.now() - start) })
    })

    app.get("/event", (c) =>
      streamSSE(c, async (stream) => {
        const unsub = Bus.subscribeAll(async (event) => stream.writeSSE({ data: JSON.stringify(event) }))
        await new Promise<void>((resolve) => stream.onAbort(() => { unsub(); resolve() }))
      }),
    )

    app.get("/session", async (c) => c.json(await Array.fromAsync(Session.list())))

    app.get("/file", zValidator("query", z.object({ path: z.string().min(1) })), async (c) => {
      const content = await File.read(c.req.valid("query").path)
      return c.json(content)
    })

    app.get("/file/history", zValidator("query", z.object({ path: z.string().min(1), limit: z.coerce.number().int().min(1).max(50).default(10) })), async (c) => {
      const { path, limit } = c.req.valid("query")
      return c.json(await File.history(path, limit))
    })

    app.get("/file/blame", zValidator("query", z.object({ path: z.string().min(1), line: z.coerce.number().int().min(1) })), async (c) => {
      const { path, line } = c.req.valid("query")
      return c.json({ commit: await File.blame(path, line) })
    })

    app.get("/file/status", async (c) => c.json(await File.status()))

    app.get("/find", zValidator("query", z.object({ pattern: z.string().min(1).max(500) })), async (c) => {
      return c.json(await Ripgrep.search({ cwd: File.root(), pattern: c.req.valid("query").pattern, limit: 200 }))
    })

    app.get("/find/file", zValidator("query", z.object({ query: z.string().min(1).max(200) })), async (c) => {
      return c.json(await Ripgrep.files({ cwd: File.root(), query: c.req.valid("query").query, limit: 100 }))
    })

    app.get("/config", async (c) => c.json(await Config.get()))

    app.patch("/config", zValidator("json", z.record(z.string(), z.any())), async (c) => {
      const updated = await Config.update(c.req.valid("json"))
      return c.json(updated)
    })

    return app
  }

  export function listen(opts: { port: number; hostname: string }) {
    return Bun.serve({ port: opts.port, hostname: opts.hostname, idleTimeout: 0, fetch: app().fetch })
  }
}
