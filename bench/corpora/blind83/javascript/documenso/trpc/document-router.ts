import { z } from 'zod';
import { authenticatedProcedure, procedure, router } from './trpc';
import { findDocuments } from '../server-only/document/find-documents';
import { sealDocument } from '../server-only/pdf/seal-document';
import { testWebhook } from '../server-only/webhooks/test-webhook';
import { jobs } from '../jobs/client';

export const ZFindDocumentsQuerySchema = z.object({
  query: z.string().optional(),
  orderByColumn: z.string().optional(),
  orderByDirection: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().min(1).default(1),
});

export const documentRouter = router({
  findDocuments: authenticatedProcedure.input(ZFindDocumentsQuerySchema).query(async ({ input, ctx }) => {
    const { query, orderByColumn, orderByDirection, page } = input;
    return findDocuments({ userId: ctx.user.id, term: query, orderBy: { column: orderByColumn ?? 'createdAt', direction: orderByDirection }, page });
  }),
  sealDocument: authenticatedProcedure
    .input(z.object({ documentId: z.number(), outputName: z.string().default('signed.pdf') }))
    .mutation(async ({ input, ctx }) => sealDocument({ documentId: input.documentId, outputName: input.outputName, userId: ctx.user.id })),
  resealDocument: authenticatedProcedure
    .input(z.object({ documentId: z.number(), outputName: z.string().optional(), flatten: z.boolean().default(false) }))
    .mutation(async ({ input, ctx }) => {
      await jobs.triggerJob({ name: 'internal.reseal-document', payload: { documentId: input.documentId, userId: ctx.user.id, outputName: input.outputName, flatten: input.flatten } });
      return { queued: true };
    }),
  testWebhook: authenticatedProcedure
    .input(z.object({ webhookUrl: z.string().url(), secret: z.string().optional() }))
    .mutation(async ({ input }) => testWebhook(input)),
  getSigningMessage: procedure.input(z.object({ token: z.string() })).query(async ({ input }) => ({ token: input.token })),
});
