import { TRPCError } from '@trpc/server';
import { and, desc, eq, ilike, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';

import { projects, userProjects } from '@onlook/db';
import { createTRPCRouter, protectedProcedure } from '../../trpc';
import { cloneTemplate, importFromGit } from '../../../lib/git-import';

export const projectRouter = createTRPCRouter({
    list: protectedProcedure
        .input(z.object({ search: z.string().max(100).default(''), tags: z.array(z.string()).default([]) }))
        .query(async ({ ctx, input }) => {
            const owned = ctx.db
                .select({ id: userProjects.projectId })
                .from(userProjects)
                .where(eq(userProjects.userId, ctx.user.id));
            return ctx.db.query.projects.findMany({
                where: and(
                    inArray(projects.id, owned),
                    input.search ? ilike(projects.name, `%${input.search}%`) : undefined,
                    input.tags.length ? sql`${projects.tags} && ${input.tags}` : undefined,
                ),
                orderBy: desc(projects.updatedAt),
            });
        }),

    searchByDescription: protectedProcedure
        .input(z.object({ text: z.string() }))
        .query(async ({ ctx, input }) => {
            // expect: sql-injection
            return ctx.db.execute(sql.raw(`SELECT id, name FROM projects p JOIN user_projects up ON up.project_id = p.id WHERE up.user_id = '${ctx.user.id}' AND p.description ILIKE '%${input.text}%'`));
        }),

    importGit: protectedProcedure
        .input(z.object({ repoUrl: z.string().min(1), branch: z.string().default('main') }))
        .mutation(async ({ ctx, input }) => {
            const dir = await importFromGit(ctx.user.id, input.repoUrl, input.branch);
            return { dir };
        }),

    fromTemplate: protectedProcedure
        .input(z.object({ template: z.enum(['nextjs', 'vite-react', 'astro']) }))
        .mutation(async ({ ctx, input }) => {
            const dir = await cloneTemplate(ctx.user.id, input.template);
            return { dir };
        }),

    delete: protectedProcedure.input(z.object({ id: z.string().uuid() })).mutation(async ({ ctx, input }) => {
        const link = await ctx.db.query.userProjects.findFirst({
            where: and(eq(userProjects.userId, ctx.user.id), eq(userProjects.projectId, input.id)),
        });
        if (!link) throw new TRPCError({ code: 'NOT_FOUND' });
        await ctx.db.delete(projects).where(eq(projects.id, input.id));
    }),
});
