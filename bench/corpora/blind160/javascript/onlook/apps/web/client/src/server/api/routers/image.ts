import { z } from 'zod';
import { TRPCError } from '@trpc/server';

import { createTRPCRouter, protectedProcedure } from '../trpc';
import { uploadToStorage } from '../../lib/storage';

const UNSPLASH_HOSTS = new Set(['images.unsplash.com', 'plus.unsplash.com']);
const MAX_BYTES = 10 * 1024 * 1024;

async function readLimited(response: Response) {
    const buffer = Buffer.from(await response.arrayBuffer());
    if (buffer.byteLength > MAX_BYTES) {
        throw new TRPCError({ code: 'PAYLOAD_TOO_LARGE' });
    }
    return buffer;
}

export const imageRouter = createTRPCRouter({
    importStock: protectedProcedure
        .input(z.object({ projectId: z.string().uuid(), url: z.string().url() }))
        .mutation(async ({ ctx, input }) => {
            const url = new URL(input.url);
            if (url.protocol !== 'https:' || !UNSPLASH_HOSTS.has(url.hostname)) {
                throw new TRPCError({ code: 'BAD_REQUEST', message: 'Unsupported image host' });
            }
            const response = await fetch(url, { redirect: 'error' });
            const key = await uploadToStorage(ctx.user.id, input.projectId, await readLimited(response));
            return { key };
        }),

    importFromUrl: protectedProcedure
        .input(z.object({ projectId: z.string().uuid(), url: z.string() }))
        .mutation(async ({ ctx, input }) => {
            // expect: ssrf
            const response = await fetch(input.url);
            if (!response.ok) {
                throw new TRPCError({ code: 'BAD_REQUEST', message: `Download failed: ${response.status}` });
            }
            const key = await uploadToStorage(ctx.user.id, input.projectId, await readLimited(response));
            return { key };
        }),
});
