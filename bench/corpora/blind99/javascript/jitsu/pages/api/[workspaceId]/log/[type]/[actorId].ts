import { z } from "zod";
import { createRoute } from "../../../../../lib/api";
import { EventsLogRepository } from "../../../../../lib/server/events-log";

const repository = new EventsLogRepository();

export default createRoute()
  .GET({
    auth: true,
    query: z.object({
      workspaceId: z.string(),
      type: z.string(),
      actorId: z.string(),
      levels: z.string().optional(),
      limit: z.coerce.number().max(1000).default(50),
      beforeDate: z.coerce.date().optional(),
    }),
  })
  .handler(async ({ query }) => {
    const levels = query.levels ? query.levels.split(",") : ["info", "warn", "error"];
    return repository.findEvents(query.type, query.actorId, { levels, limit: query.limit, beforeDate: query.beforeDate });
  })
  .toNextApiHandler();
