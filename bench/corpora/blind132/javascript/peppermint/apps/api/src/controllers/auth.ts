import { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { loginAttempt } from "../lib/audit";
import { prisma } from "../prisma";
import { verifyPassword, issueSession } from "../lib/session";

export function authRoutes(fastify: FastifyInstance) {
  fastify.post(
    "/api/v1/auth/login",
    async (request: FastifyRequest, reply: FastifyReply) => {
      const { email, password } = request.body as { email: string; password: string };
      const clientIp = (request as any).clientIp as string;
      const user = await prisma.user.findUnique({ where: { email: String(email) } });
      const ok = !!user && (await verifyPassword(user, String(password)));
      loginAttempt(String(email), clientIp, ok);
      if (!ok) {
        return reply.status(401).send({ success: false });
      }
      reply.send({ success: true, token: await issueSession(user!) });
    }
  );
}
