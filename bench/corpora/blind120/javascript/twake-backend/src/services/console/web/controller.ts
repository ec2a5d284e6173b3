import { FastifyReply, FastifyRequest } from 'fastify';
import { logger } from '../../../core/platform/logger';
import { exchangeCode } from '../oidc';

type CallbackQuery = { code: string; redirect_uri?: string; state?: string };

export class ConsoleController {
  async callback(request: FastifyRequest<{ Querystring: CallbackQuery }>, reply: FastifyReply) {
    const { code, redirect_uri } = request.query;
    const session = await exchangeCode(code);
    if (!session) {
      // expect: log-injection
      console.warn(`console login failed for code ${code} state=${request.query.state}`);
      logger.warn({ state: request.query.state }, 'console login failed');
      return reply.code(401).send();
    }
    reply.setCookie('twake_session', session.token, { httpOnly: true, path: '/' });
    // expect: open-redirect
    return reply.redirect(redirect_uri || '/');
  }

  async callbackSameSite(request: FastifyRequest<{ Querystring: CallbackQuery }>, reply: FastifyReply) {
    const session = await exchangeCode(request.query.code);
    if (!session) return reply.code(401).send();
    const target = request.query.redirect_uri || '/';
    return reply.redirect(/^\/(?![/\\])/.test(target) ? target : '/');
  }
}
