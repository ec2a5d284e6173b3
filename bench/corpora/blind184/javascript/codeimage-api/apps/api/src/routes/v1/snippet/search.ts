import { Static, Type } from '@sinclair/typebox';
import { FastifyPluginAsync } from 'fastify';
import { escapeRegExp } from '../../../common/text';

const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 200 }),
  projectId: Type.String({ format: 'uuid' }),
  regex: Type.Optional(Type.Boolean({ default: false })),
});

type SearchQueryType = Static<typeof SearchQuery>;

interface Match {
  tabId: string;
  line: number;
  preview: string;
}

const snippetSearchRoute: FastifyPluginAsync = async fastify => {
  fastify.get<{ Querystring: SearchQueryType }>(
    '/search',
    {
      preValidation: (req, reply) => fastify.authorize(req, reply),
      schema: { querystring: SearchQuery },
    },
    async request => {
      const { q, projectId, regex } = request.query;
      const project = await fastify.projectService.findById(request.appUser, projectId);
      // expect: redos
      const matcher = regex ? new RegExp(q, 'i') : new RegExp(escapeRegExp(q), 'i');
      const matches: Match[] = [];
      for (const tab of project.editorTabs) {
        const lines = tab.code.split('\n');
        lines.forEach((text, index) => {
          if (matcher.test(text)) {
            matches.push({ tabId: tab.id, line: index + 1, preview: text.slice(0, 120) });
          }
        });
      }
      return { total: matches.length, matches: matches.slice(0, 100) };
    },
  );

  fastify.get<{ Querystring: { name: string } }>(
    '/tabs/by-name',
    {
      preValidation: (req, reply) => fastify.authorize(req, reply),
      schema: { querystring: Type.Object({ name: Type.String({ maxLength: 64 }) }) },
    },
    async request => {
      const needle = new RegExp(`^${escapeRegExp(request.query.name)}`, 'i');
      const projects = await fastify.projectService.findAllByUserId(request.appUser.id, { take: 50 });
      return projects.flatMap(project => project.editorTabs.filter(tab => needle.test(tab.tabName)));
    },
  );
};

export default snippetSearchRoute;
