import { z } from "zod";

export const DocumentsSearchSchema = z.object({
  body: z.object({
    query: z.string().default(""),
    sort: z.string().optional(),
    direction: z.enum(["ASC", "DESC"]).default("DESC"),
    collectionId: z.string().uuid().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  }),
});

export type DocumentsSearchReq = z.infer<typeof DocumentsSearchSchema>;

export const DocumentsExportSchema = z.object({
  body: z.object({
    id: z.string(),
    format: z.string().default("markdown"),
  }),
});

export type DocumentsExportReq = z.infer<typeof DocumentsExportSchema>;
