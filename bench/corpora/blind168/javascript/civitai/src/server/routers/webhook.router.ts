import { z } from 'zod';
import { router, protectedProcedure } from '~/server/trpc';
import { dbWrite } from '~/server/db/client';
import { sendTestPayload, sendDiscordTestMessage } from '~/server/services/webhook.service';

const upsertWebhookSchema = z.object({
  id: z.number().optional(),
  url: z.string().url(),
  notifyOn: z.array(z.enum(['model-ready', 'new-review', 'bounty-complete'])).min(1),
  active: z.boolean().default(true),
});

export const webhookRouter = router({
  upsert: protectedProcedure.input(upsertWebhookSchema).mutation(async ({ input, ctx }) => {
    const data = { url: input.url, notifyOn: input.notifyOn, active: input.active, userId: ctx.user.id };
    return input.id
      ? dbWrite.webhook.update({ where: { id: input.id, userId: ctx.user.id }, data })
      : dbWrite.webhook.create({ data });
  }),

  test: protectedProcedure
    .input(z.object({ url: z.string().url(), event: z.string().max(64) }))
    .mutation(async ({ input, ctx }) => {
      const status = await sendTestPayload(input.url, { event: input.event, userId: ctx.user.id });
      return { ok: status < 400, status };
    }),

  testDiscord: protectedProcedure
    .input(z.object({ webhookUrl: z.string().url() }))
    .mutation(async ({ input, ctx }) => sendDiscordTestMessage(input.webhookUrl, ctx.user.username ?? 'someone')),

  delete: protectedProcedure.input(z.object({ id: z.number() })).mutation(({ input, ctx }) =>
    dbWrite.webhook.delete({ where: { id: input.id, userId: ctx.user.id } })
  ),
});
