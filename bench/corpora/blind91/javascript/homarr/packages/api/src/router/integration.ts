import { z } from 'zod';

import { decryptSecret } from '@homarr/common/server';
import { eq, integrations } from '@homarr/db';
import { PiHoleIntegration } from '@homarr/integrations/src/pi-hole/pi-hole-integration';

import { createTRPCRouter, permissionRequiredProcedure, protectedProcedure } from '../trpc';

const secretSchema = z.object({ kind: z.enum(['apiKey', 'username', 'password']), value: z.string() });

export const integrationRouter = createTRPCRouter({
  // the "Test connection" button on the create form: nothing is stored yet
  testConnection: permissionRequiredProcedure
    .requiresPermission('integration-create')
    .input(z.object({ kind: z.literal('piHole'), secrets: z.array(secretSchema), url: z.string().url() }))
    .mutation(async ({ input }) => {
      const integration = new PiHoleIntegration({ decryptedSecrets: input.secrets, id: 'new', name: 'test', url: input.url });
      await integration.testConnectionAsync();
      return { success: true };
    }),

  byId: protectedProcedure.input(z.object({ id: z.string() })).query(async ({ ctx, input }) => {
    const row = await ctx.db.query.integrations.findFirst({ where: eq(integrations.id, input.id), with: { secrets: true } });
    if (!row) return null;
    return { ...row, secrets: row.secrets.map((s) => ({ kind: s.kind, value: decryptSecret(s.value) })) };
  }),
});
