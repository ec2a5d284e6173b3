import { z } from "zod";
import { createRoute } from "../../../../lib/api";
import { pullSourceImage, pullSourceImageChecked } from "../../../../lib/server/sync";

export default createRoute()
  .POST({
    auth: true,
    query: z.object({ workspaceId: z.string() }),
    body: z.object({ package: z.string(), version: z.string().default("latest"), trusted: z.boolean().default(false) }),
  })
  .handler(async ({ body }) => {
    const image = `${body.package}:${body.version}`;
    return body.trusted ? pullSourceImageChecked(body.package, body.version) : pullSourceImage(image);
  })
  .toNextApiHandler();
