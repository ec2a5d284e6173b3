import { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";

import { ShareController } from "./controller";
import { ShareService } from "./service";

const slugParams = z.object({ slug: z.string().min(3).max(64) });

async function authenticate(request: FastifyRequest, reply: FastifyReply) {
  try {
    const payload = await request.jwtVerify<{ userId: string; isAdmin: boolean }>();
    request.user = { id: payload.userId, isAdmin: payload.isAdmin };
  } catch {
    return reply.status(401).send({ error: "Unauthorized" });
  }
}

export async function shareRoutes(app: FastifyInstance) {
  const controller = new ShareController(new ShareService(app.prisma));

  app.get("/shares/me", { preValidation: authenticate }, controller.listUserShares.bind(controller));
  app.get("/shares/search", { preValidation: authenticate }, controller.searchShares.bind(controller));
  app.get("/shares/legacy-search", { preValidation: authenticate }, controller.legacySearch.bind(controller));

  app.get(
    "/shares/:slug",
    { schema: { params: slugParams } },
    controller.getBySlug.bind(controller),
  );
  app.post("/shares/:slug/password", controller.unlockShare.bind(controller));
  app.get("/shares/:slug/files/:name", controller.downloadFile.bind(controller));
  app.get("/shares/:slug/zip", controller.downloadZip.bind(controller));

  app.get("/health", async () => ({ status: "healthy" }));
}
