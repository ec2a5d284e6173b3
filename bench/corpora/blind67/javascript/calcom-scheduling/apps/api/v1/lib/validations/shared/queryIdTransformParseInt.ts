import { z } from "zod";

export const schemaQueryIdParseInt = z.object({
  id: z.coerce.number().int().positive(),
});

export const schemaQuerySortBy = z.object({
  sortBy: z.enum(["createdAt", "startTime", "endTime"]).default("startTime"),
});
