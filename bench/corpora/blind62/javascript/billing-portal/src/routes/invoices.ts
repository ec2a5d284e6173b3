import { FastifyInstance } from 'fastify';
import { InvoiceService } from '../services/invoiceService';

const invoices = new InvoiceService();

export default async function invoiceRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { year?: string } }>('/', async (request) => invoices.list(request.account!, request.query.year));

  app.get('/totals', async (request) => invoices.totalsIn(request.account!));

  app.get('/totals/v2', async (request) => invoices.totalsInSafe(request.account!));

  app.get<{ Params: { file: string } }>('/files/:file', async (request, reply) => {
    reply.type('application/pdf');
    return reply.send(invoices.pdfStream(request.account!, request.params.file));
  });

  app.get<{ Params: { id: string } }>('/:id/pdf', async (request, reply) => {
    const id = Number.parseInt(request.params.id, 10);
    if (Number.isNaN(id)) return reply.code(400).send({ error: 'bad id' });
    const stream = await invoices.pdfStreamSafe(request.account!, id);
    if (!stream) return reply.code(404).send({ error: 'not found' });
    return reply.type('application/pdf').send(stream);
  });
}
