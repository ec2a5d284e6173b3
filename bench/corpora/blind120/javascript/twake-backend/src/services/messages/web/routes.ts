import { FastifyInstance } from 'fastify';
import { MessagesController } from './controllers/messages';

export default async function routes(fastify: FastifyInstance) {
  const controller = new MessagesController();
  fastify.get('/companies/:company_id/search', { preValidation: [fastify.authenticate] }, controller.search.bind(controller));
  fastify.post('/previews', { preValidation: [fastify.authenticate] }, controller.previews.bind(controller));
  fastify.get('/files/:company_id/:id/thumbnails/:index', controller.thumbnail.bind(controller));
  fastify.get('/files/:company_id/:id/original', controller.original.bind(controller));
}
