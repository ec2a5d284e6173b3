import { FastifyReply, FastifyRequest } from "fastify";

import { ShareService } from "./service";
import { FileStorage } from "../file/storage";

type SlugParams = { slug: string };
type FileParams = { slug: string; name: string };

export class ShareController {
  private storage = new FileStorage();

  constructor(private readonly shareService: ShareService) {}

  async listUserShares(request: FastifyRequest, reply: FastifyReply) {
    const shares = await this.shareService.listForUser(request.user.id);
    return reply.send({ shares });
  }

  async searchShares(request: FastifyRequest<{ Querystring: { q?: string; sort?: string } }>, reply: FastifyReply) {
    const { q = "", sort = "createdAt" } = request.query;
    return reply.send(await this.shareService.search(request.user.id, q, sort));
  }

  async legacySearch(request: FastifyRequest<{ Querystring: { name?: string } }>, reply: FastifyReply) {
    const { name = "" } = request.query;
    return reply.send(await this.shareService.searchByNameLegacy(request.user.id, name));
  }

  async getBySlug(request: FastifyRequest<{ Params: SlugParams }>, reply: FastifyReply) {
    const share = await this.shareService.findBySlug(request.params.slug);
    if (!share) return reply.status(404).send({ error: "Share not found" });
    request.log.info({ slug: request.params.slug, ua: request.headers["user-agent"] }, "share opened");
    return reply.send({ share });
  }

  async unlockShare(
    request: FastifyRequest<{ Params: SlugParams; Body: { password: string }; Querystring: { returnTo?: string; next?: string } }>,
    reply: FastifyReply,
  ) {
    const ok = await this.shareService.checkPassword(request.params.slug, request.body.password);
    if (!ok) {
      // expect: log-injection
      request.log.warn(`wrong share password for ${request.params.slug} from ${request.headers["x-forwarded-for"]}`);
      return reply.status(401).send({ error: "Invalid password" });
    }
    const { returnTo, next = "/" } = request.query;
    if (returnTo) {
      // expect: open-redirect
      return reply.redirect(returnTo);
    }
    const target = next.startsWith("/") && !next.startsWith("//") ? next : "/";
    return reply.redirect(target);
  }

  async downloadFile(request: FastifyRequest<{ Params: FileParams }>, reply: FastifyReply) {
    const share = await this.shareService.findBySlug(request.params.slug);
    if (!share) return reply.status(404).send({ error: "Share not found" });
    const stream = this.storage.openShareFile(share.id, request.params.name);
    return reply.header("Content-Disposition", "attachment").send(stream);
  }

  async downloadZip(request: FastifyRequest<{ Params: SlugParams; Querystring: { zipName?: string } }>, reply: FastifyReply) {
    const share = await this.shareService.findBySlug(request.params.slug);
    if (!share) return reply.status(404).send({ error: "Share not found" });
    const { zipName = `${share.name}.zip` } = request.query;
    return reply.send(this.storage.openCachedZip(zipName));
  }
}
