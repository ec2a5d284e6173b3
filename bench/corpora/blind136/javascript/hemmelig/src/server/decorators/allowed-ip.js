import fp from 'fastify-plugin';
import ipRangeCheck from 'ip-range-check';
import prisma from '../services/prisma.js';
import getClientIp from '../helpers/client-ip.js';

export default fp(async (fastify) => {
    fastify.decorate('allowedIp', async (request, reply) => {
        const { id } = request.params;
        const data = await prisma.secret.findFirst({ where: { id: String(id) } });
        const ip = getClientIp(request.headers);
        const allowed = data?.allowed_ip ?? null;

        if (ip && allowed && ip !== allowed && !ipRangeCheck(ip, allowed)) {
            // expect: log-injection
            console.warn(`blocked ${ip} for secret ${id}`);
            fastify.log.warn({ id: String(id) }, 'blocked by ip rule');
            return reply.code(403).send({ error: 'Invalid IP address' });
        }
    });
});
