import ky from 'ky';
import { z } from 'zod';
import { authenticatedProcedure, router } from '../../lib/trpc';

type WebhookRequest = { url: string; method: 'GET' | 'POST'; body?: string };

const executeWebhook = async (request: WebhookRequest) => {
  const options = { method: request.method, body: request.method === 'POST' ? request.body : undefined, timeout: 10000, throwHttpErrors: false };
  // expect: ssrf
  const response = await ky(request.url, options);
  return { statusCode: response.status, data: await response.text() };
};

export const webhookRouter = router({
  testWebhook: authenticatedProcedure
    .input(z.object({ url: z.string().url(), method: z.enum(['GET', 'POST']).default('POST'), body: z.string().optional() }))
    .mutation(async ({ input }) => executeWebhook({ url: input.url, method: input.method, body: input.body })),
});
