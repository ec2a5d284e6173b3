import fp from 'fastify-plugin';
import { FastifyInstance, FastifyRequest } from 'fastify';
import { sequelize, QueryTypes } from '../lib/db';

export interface AccountRef {
  id: number;
  currency: string;
  displayCurrency: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    account: AccountRef | null;
  }
}

async function findAccountBySession(sessionId: string) {
  const rows = await sequelize.query<{ id: number; currency: string }>('SELECT a.id, a.currency FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id = :sid AND s.expires_at > NOW()', {
    replacements: { sid: sessionId },
    type: QueryTypes.SELECT,
  });
  return rows[0] ?? null;
}

export default fp(async function accountPlugin(app: FastifyInstance) {
  app.decorateRequest('account', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    const signed = request.cookies['billing_sid'];
    const unsigned = signed ? request.unsignCookie(signed) : { valid: false, value: null };
    if (!unsigned.valid || !unsigned.value) {
      return reply.code(401).send({ error: 'not signed in' });
    }
    const account = await findAccountBySession(unsigned.value);
    if (!account) return reply.code(401).send({ error: 'session expired' });
    const display = (request.headers['x-display-currency'] as string | undefined) ?? account.currency;
    request.account = { id: account.id, currency: account.currency, displayCurrency: display };
  });
});
