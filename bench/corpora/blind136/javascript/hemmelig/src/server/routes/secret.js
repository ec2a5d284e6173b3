import prisma from '../services/prisma.js';
import { sendBurnWebhook } from '../services/webhook.js';

export default async function secret(fastify) {
    fastify.get('/:id', { preHandler: [fastify.allowedIp] }, async (request, reply) => {
        const { id } = request.params;
        const data = await prisma.secret.findFirst({ where: { id: String(id) } });
        if (!data) {
            return reply.code(404).send({ error: 'Secret not found' });
        }
        if (data.max_views <= 1) {
            await prisma.secret.delete({ where: { id: data.id } });
            await sendBurnWebhook(data.user_id, data.id);
        }
        return { title: data.title, secret: data.data, files: data.files };
    });

    fastify.put('/settings/webhook', { preValidation: [fastify.authenticate] }, async (request) => {
        const { webhook_url = '', strict_hosts = false } = request.body ?? {};
        await prisma.settings.upsert({
            where: { user_id: request.user.user_id },
            update: { webhook_url: String(webhook_url), strict_hosts: Boolean(strict_hosts) },
            create: { user_id: request.user.user_id, webhook_url: String(webhook_url), strict_hosts: Boolean(strict_hosts) },
        });
        return { success: true };
    });
}
