import { Static, Type } from '@sinclair/typebox';
import { FastifyPluginAsync } from 'fastify';

const QuerySchema = Type.Object({
  search: Type.Optional(Type.String({ maxLength: 120 })),
  take: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  cursor: Type.Optional(Type.String({ format: 'uuid' })),
});

type QuerySchemaType = Static<typeof QuerySchema>;

const getAllByUserIdRoute: FastifyPluginAsync = async fastify => {
  fastify.get<{ Querystring: QuerySchemaType }>(
    '/',
    {
      preValidation: (req, reply) => fastify.authorize(req, reply),
      schema: {
        tags: ['Project'],
        summary: 'Returns the projects of the signed-in user',
        querystring: QuerySchema,
      },
    },
    async request => {
      const { appUser } = request;
      const { search, take, cursor } = request.query;
      if (search) {
        return fastify.projectService.searchByName(appUser.id, search);
      }
      return fastify.projectService.findAllByUserId(appUser.id, { take, cursor });
    },
  );

  fastify.get<{ Params: { id: string } }>(
    '/:id',
    {
      preValidation: (req, reply) => fastify.authorize(req, reply),
      schema: {
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
      },
    },
    async request => {
      return fastify.projectService.findById(request.appUser, request.params.id);
    },
  );
};

export default getAllByUserIdRoute;
