import { Injectable } from '@nestjs/common';
import { ResumeDto } from '@reactive-resume/dto';
import { PrismaService } from 'nestjs-prisma';

import { PrinterService } from '../printer/printer.service';

@Injectable()
export class ResumeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly printerService: PrinterService,
  ) {}

  async search(userId: string, dto: { query: string; sort: string; tag?: string }) {
    const tagClause = dto.tag ? `AND '${dto.tag}' = ANY("tags")` : '';
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT id, title, slug FROM "Resume" WHERE "userId" = $1 AND title ILIKE '%' || $2 || '%' ${tagClause} ORDER BY "${dto.sort}" DESC`, userId, dto.query);
  }

  async statistics(userId: string, id: string) {
    const [row] = await this.prisma.$queryRaw<{ views: number; downloads: number }[]>`SELECT views, downloads FROM "Statistics" WHERE "resumeId" = ${id} AND "resumeId" IN (SELECT id FROM "Resume" WHERE "userId" = ${userId})`;
    return row ?? { downloads: 0, views: 0 };
  }

  async printResume(resume: ResumeDto, userId?: string) {
    const url = await this.printerService.printResume(resume);
    if (userId !== resume.userId) {
      await this.prisma.statistics.upsert({ create: { downloads: 1, resumeId: resume.id }, update: { downloads: { increment: 1 } }, where: { resumeId: resume.id } });
    }
    return url;
  }
}
