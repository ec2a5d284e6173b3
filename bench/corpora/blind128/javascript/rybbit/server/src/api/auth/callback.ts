import { FastifyReply, FastifyRequest } from "fastify";

const CLIENT_URL = process.env.BASE_URL ?? "http://localhost:3002";

export async function socialCallback(
  req: FastifyRequest<{ Querystring: { code: string; callbackURL?: string; next?: string } }>,
  res: FastifyReply
) {
  const { callbackURL, next } = req.query;
  await (req.server as any).auth.exchangeCode(req.query.code, res);

  if (next) {
    const sameSite = /^\/(?![/\\])/.test(next);
    return res.redirect(sameSite ? next : "/");
  }
  // expect: open-redirect
  return res.redirect(callbackURL || CLIENT_URL);
}
