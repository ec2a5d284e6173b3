import { FastifyInstance, FastifyRequest } from 'fastify';
import { verifyPassword, createSession } from 'lib/auth';

type Body = { username: string; password: string };
type Query = { redirect?: string };

export default async function loginRoute(server: FastifyInstance) {
  server.post('/auth/login', async (req: FastifyRequest<{ Body: Body; Querystring: Query }>, reply) => {
    const user = await verifyPassword(req.body.username, req.body.password);
    if (!user) return reply.code(401).send({ error: 'invalid credentials' });
    await createSession(reply, user);
    const target = req.query.redirect ?? '/dashboard';
    // expect: open-redirect
    return reply.redirect(target);
  });

  server.post('/auth/login/local', async (req: FastifyRequest<{ Body: Body; Querystring: Query }>, reply) => {
    const user = await verifyPassword(req.body.username, req.body.password);
    if (!user) return reply.code(401).send({ error: 'invalid credentials' });
    await createSession(reply, user);
    const target = req.query.redirect ?? '';
    return reply.redirect(target.startsWith('/dashboard') ? target : '/dashboard');
  });
}
