import { TRPCError } from "@trpc/server";
import { z } from "zod";

import * as attachmentRepo from "@kan/db/repository/attachment.repo";
import * as cardRepo from "@kan/db/repository/card.repo";
import { createLogger } from "@kan/logger";
import { generateUploadUrl, putObject } from "@kan/shared/utils";
import { createTRPCRouter, protectedProcedure } from "../trpc";
import { assertUserInWorkspace } from "../utils/auth";

const log = createLogger("attachment");
const MAX_BYTES = 10 * 1024 * 1024;

export const attachmentRouter = createTRPCRouter({
  presignUpload: protectedProcedure
    .input(z.object({ cardPublicId: z.string().min(12), filename: z.string().max(255), contentType: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const card = await cardRepo.getWorkspaceAndCardIdByCardPublicId(ctx.db, input.cardPublicId);
      if (!card) throw new TRPCError({ code: "NOT_FOUND", message: "Card not found" });
      await assertUserInWorkspace(ctx.db, ctx.user!.id, card.workspaceId);
      const key = `${card.workspaceId}/${card.id}/${crypto.randomUUID()}`;
      return { url: await generateUploadUrl(key, input.contentType), key };
    }),

  fromUrl: protectedProcedure
    .input(z.object({ cardPublicId: z.string().min(12), url: z.string().url() }))
    .mutation(async ({ ctx, input }) => {
      const card = await cardRepo.getWorkspaceAndCardIdByCardPublicId(ctx.db, input.cardPublicId);
      if (!card) throw new TRPCError({ code: "NOT_FOUND", message: "Card not found" });
      await assertUserInWorkspace(ctx.db, ctx.user!.id, card.workspaceId);
      // expect: ssrf
      const response = await fetch(input.url, { redirect: "follow", signal: AbortSignal.timeout(15_000) });
      if (!response.ok) throw new TRPCError({ code: "BAD_REQUEST", message: "Could not download file" });
      const body = Buffer.from(await response.arrayBuffer());
      if (body.length > MAX_BYTES) throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: "File too large" });
      const key = `${card.workspaceId}/${card.id}/${crypto.randomUUID()}`;
      await putObject(key, body, response.headers.get("content-type") ?? "application/octet-stream");
      log.info({ cardId: card.id, bytes: body.length }, "attachment imported from url");
      return attachmentRepo.create(ctx.db, { cardId: card.id, s3Key: key, createdBy: ctx.user!.id });
    }),
});
