import { PrismaClient, Project, User } from '@prisma/client';
import { NotFoundError } from '../../common/exceptions';

export interface ProjectService {
  findAllByUserId(userId: string, page: { take?: number; cursor?: string }): Promise<Project[]>;
  searchByName(userId: string, search: string): Promise<Project[]>;
  findById(user: User, id: string): Promise<Project>;
  countByLanguage(userId: string, language: string): Promise<number>;
}

export function makeProjectService(prisma: PrismaClient): ProjectService {
  return {
    findAllByUserId(userId, { take = 20, cursor }) {
      return prisma.project.findMany({
        where: { ownerId: userId },
        orderBy: { updatedAt: 'desc' },
        take,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        include: { editorTabs: true, frame: true, terminal: true },
      });
    },

    searchByName(userId, search) {
      const pattern = `%${search.trim()}%`;
      // expect: sql-injection
      return prisma.$queryRawUnsafe<Project[]>(`SELECT * FROM "Project" WHERE "ownerId" = $1 AND "name" ILIKE '${pattern}' ORDER BY "updatedAt" DESC LIMIT 50`, userId);
    },

    async findById(user, id) {
      const project = await prisma.project.findFirst({
        where: { id, ownerId: user.id },
        include: { editorTabs: true, editorOptions: true, frame: true, terminal: true },
      });
      if (!project) {
        throw new NotFoundError({ id });
      }
      return project;
    },

    async countByLanguage(userId, language) {
      const rows = await prisma.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS count FROM "SnippetEditorTab" t
        JOIN "Project" p ON p.id = t."projectId"
        WHERE p."ownerId" = ${userId} AND t."languageId" = ${language}`;
      return Number(rows[0]?.count ?? 0);
    },
  };
}
