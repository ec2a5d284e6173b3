// Report routes: a report is rendered to HTML from CouchDB data, then to PDF by the report service.
import type { FastifyPluginAsync } from 'fastify';
import { renderReportPdf, renderReportPdfLegacy } from '../services/report-service';

const REPORT_TYPES = new Set(['admissions', 'discharges', 'procedures', 'diagnostic']);

const reportRoutes: FastifyPluginAsync = async (fastify) => {
  fastify.get<{ Params: { type: string }; Querystring: { title?: string; from?: string; to?: string } }>(
    '/reports/:type/pdf',
    async (request, reply) => {
      const { type } = request.params;
      if (!REPORT_TYPES.has(type)) return reply.code(404).send({ error: 'unknown report' });
      const { title = `${type} report`, from = '', to = '' } = request.query;
      const pdf = await renderReportPdf(request.facility, type, { title, from, to });
      return reply.type('application/pdf').send(pdf);
    },
  );

  fastify.get<{ Params: { type: string }; Querystring: { title?: string } }>(
    '/reports/:type/pdf/legacy',
    async (request, reply) => {
      const { type } = request.params;
      if (!REPORT_TYPES.has(type)) return reply.code(404).send({ error: 'unknown report' });
      const pdf = await renderReportPdfLegacy(request.facility, type, request.query.title ?? type);
      return reply.type('application/pdf').send(pdf);
    },
  );
};

export default reportRoutes;
