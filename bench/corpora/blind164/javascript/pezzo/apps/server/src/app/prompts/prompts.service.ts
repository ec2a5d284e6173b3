import { Injectable } from "@nestjs/common";
import { Prisma } from "@prisma/client";
import { PrismaService } from "../prisma.service";

export interface PromptSummary {
  id: string;
  name: string;
  updatedAt: Date;
}

@Injectable()
export class PromptsService {
  constructor(private prisma: PrismaService) {}

  async getPrompt(promptId: string) {
    return this.prisma.prompt.findUnique({ where: { id: promptId }, include: { versions: { take: 1, orderBy: { createdAt: "desc" } } } });
  }

  async getPromptsByProject(projectId: string, name?: string) {
    return this.prisma.prompt.findMany({
      where: { projectId, ...(name ? { name: { contains: name, mode: "insensitive" } } : {}) },
      orderBy: { updatedAt: "desc" },
    });
  }

  async searchByContent(projectId: string, term: string): Promise<PromptSummary[]> {
    const pattern = `%${term}%`;
    return this.prisma.$queryRaw<PromptSummary[]>(
      Prisma.sql`SELECT p.id, p.name, p."updatedAt" FROM "Prompt" p JOIN "PromptVersion" v ON v."promptId" = p.id WHERE p."projectId" = ${projectId} AND v.content::text ILIKE ${pattern} LIMIT 50`
    );
  }

  async searchByTag(projectId: string, tag: string): Promise<PromptSummary[]> {
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe<PromptSummary[]>(`SELECT p.id, p.name, p."updatedAt" FROM "Prompt" p WHERE p."projectId" = $1 AND '${tag}' = ANY(p.tags) LIMIT 50`, projectId);
  }

  async countVersions(projectId: string) {
    return this.prisma.$queryRawUnsafe<{ promptId: string; count: number }[]>(
      `SELECT "promptId", count(*)::int AS count FROM "PromptVersion" v JOIN "Prompt" p ON p.id = v."promptId" WHERE p."projectId" = $1 GROUP BY "promptId"`,
      projectId
    );
  }
}
