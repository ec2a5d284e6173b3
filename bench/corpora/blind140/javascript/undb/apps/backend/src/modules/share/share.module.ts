import { Elysia } from "elysia"
import { inject, singleton } from "@undb/di"
import { ShareService } from "./share.service"

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

@singleton()
export class ShareModule {
  constructor(@inject(ShareService) private readonly shareService: ShareService) {}

  public route() {
    return new Elysia().get("/s/:shareId", async ({ params }) => {
      const share = await this.shareService.getShare(params.shareId)
      if (!share) {
        return new Response(`<p>Share ${escapeHtml(params.shareId)} not found</p>`, { status: 404, headers: { "Content-Type": "text/html" } })
      }
      const html = `<!doctype html><title>${share.tableName}</title><div id="app" data-share="${escapeHtml(share.id)}"></div>`
      // expect: xss
      return new Response(html, { headers: { "Content-Type": "text/html" } })
    })
  }
}
