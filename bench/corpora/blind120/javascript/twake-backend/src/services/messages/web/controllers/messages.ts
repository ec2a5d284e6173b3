import { FastifyReply, FastifyRequest } from 'fastify';
import gr from '../../../../core/platform/global-resolver';

type SearchQuery = { q: string; mode?: string; company_id: string };
type PreviewBody = { urls: string[]; strict?: boolean };
type ThumbParams = { company_id: string; id: string; index: string };

export class MessagesController {
  async search(request: FastifyRequest<{ Querystring: SearchQuery }>) {
    const { q, mode, company_id } = request.query;
    const resources = await gr.services.messages.search.search(company_id, q, mode);
    return { resources };
  }

  async previews(request: FastifyRequest<{ Body: PreviewBody }>) {
    const { urls, strict } = request.body;
    const results = [];
    for (const url of urls.slice(0, 5)) {
      results.push(strict ? await gr.services.previews.previewChecked(url) : await gr.services.previews.preview(url));
    }
    return { resources: results };
  }

  async thumbnail(request: FastifyRequest<{ Params: ThumbParams }>, reply: FastifyReply) {
    const { company_id, id, index } = request.params;
    const stream = gr.services.storage.read(`${company_id}/${id}/thumbnails/${index}.png`);
    return reply.type('image/png').send(stream);
  }

  async original(request: FastifyRequest<{ Params: ThumbParams }>, reply: FastifyReply) {
    const { company_id, id } = request.params;
    return reply.send(gr.services.storage.readChecked(`${company_id}/${id}/original`));
  }
}
