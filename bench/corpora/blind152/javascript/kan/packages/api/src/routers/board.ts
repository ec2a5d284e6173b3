import { TRPCError } from "@trpc/server";
import { z } from "zod";

import * as boardRepo from "@kan/db/repository/board.repo";
import * as workspaceRepo from "@kan/db/repository/workspace.repo";
import { createTRPCRouter, protectedProcedure } from "../trpc";
import { assertUserInWorkspace } from "../utils/auth";

export const boardRouter = createTRPCRouter({
  byId: protectedProcedure
    .input(
      z.object({
        boardPublicId: z.string().min(12),
        members: z.array(z.string().min(12)).optional(),
        labels: z.array(z.string().min(12)).optional(),
        search: z.string().max(200).optional(),
        searchMode: z.enum(["title", "fulltext"]).default("title"),
      }),
    )
    .query(async ({ ctx, input }) => {
      const userId = ctx.user?.id;
      if (!userId) throw new TRPCError({ message: "User not authenticated", code: "UNAUTHORIZED" });

      const board = await boardRepo.getWorkspaceAndBoardIdByBoardPublicId(ctx.db, input.boardPublicId);
      if (!board) throw new TRPCError({ message: "Board not found", code: "NOT_FOUND" });
      await assertUserInWorkspace(ctx.db, userId, board.workspaceId);

      const filters = { members: input.members ?? [], labels: input.labels ?? [] };
      if (input.search && input.searchMode === "fulltext") {
        return boardRepo.searchCardsFulltext(ctx.db, board.id, input.search);
      }
      return boardRepo.getByPublicId(ctx.db, input.boardPublicId, userId, {
        ...filters,
        search: input.search ?? "",
      });
    }),

  all: protectedProcedure
    .input(z.object({ workspacePublicId: z.string().min(12) }))
    .query(async ({ ctx, input }) => {
      const workspace = await workspaceRepo.getByPublicId(ctx.db, input.workspacePublicId);
      if (!workspace) throw new TRPCError({ message: "Workspace not found", code: "NOT_FOUND" });
      await assertUserInWorkspace(ctx.db, ctx.user!.id, workspace.id);
      return boardRepo.getAllByWorkspaceId(ctx.db, workspace.id);
    }),
});
