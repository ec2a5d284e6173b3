// library: fastify + node:vm (pricing expressions)
import type { FastifyInstance } from 'fastify';
import vm from 'vm';
import { str } from '../lib/input';

const OPS: Record<string, (a: number, b: number) => number> = {
  sum: (a, b) => a + b,
  max: (a, b) => Math.max(a, b),
};

export default async function templates(app: FastifyInstance) {
  app.post('/pricing/eval', async (request) => {
    const body = request.body as Record<string, unknown>;
    const expr = str(body.expr, 'base * 1.2');
    // expect: code-injection
    return { price: vm.runInNewContext(expr, { base: 100 }, { timeout: 20 }) };
  });

  app.post('/pricing/combine', async (request) => {
    const body = request.body as Record<string, unknown>;
    const name = str(body.op, 'sum');
    const op = Object.hasOwn(OPS, name) ? OPS[name] : OPS.sum;
    return { price: op(Number(body.a), Number(body.b)) };
  });

  app.get('/pricing/default', async () => {
    return { price: vm.runInNewContext('base * 1.2', { base: 100 }) };
  });
}
