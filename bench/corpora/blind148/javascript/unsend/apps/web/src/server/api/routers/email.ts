import { z } from "zod";
import { createTRPCRouter, teamProcedure } from "~/server/api/trpc";
import { searchEmails, searchEmailsRaw } from "~/server/service/email-service";

export const emailRouter = createTRPCRouter({
  emails: teamProcedure
    .input(
      z.object({
        page: z.number().optional(),
        status: z.enum(["SENT", "DELIVERED", "BOUNCED", "OPENED", "CLICKED"]).optional().nullable(),
        domain: z.number().optional(),
        search: z.string().optional().nullable(),
        advanced: z.boolean().default(false),
      })
    )
    .query(async ({ ctx, input }) => {
      const page = input.page || 1;
      const limit = 30;
      const offset = (page - 1) * limit;

      if (input.advanced && ctx.session.user.isAdmin) {
        return searchEmailsRaw(ctx.team.id, input.search ?? "", limit, offset);
      }

      return searchEmails({
        teamId: ctx.team.id,
        status: input.status ?? undefined,
        domainId: input.domain,
        search: input.search ?? "",
        limit,
        offset,
      });
    }),

  getEmail: teamProcedure
    .input(z.object({ id: z.string() }))
    .query(async ({ ctx, input }) => {
      return ctx.db.email.findUnique({
        where: { id: input.id, teamId: ctx.team.id },
        include: { emailEvents: { orderBy: { createdAt: "asc" } } },
      });
    }),
});
