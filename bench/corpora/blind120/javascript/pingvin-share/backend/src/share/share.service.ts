import { Injectable } from '@nestjs/common';
import { PrismaService } from 'src/prisma/prisma.service';

@Injectable()
export class ShareService {
  constructor(private prisma: PrismaService) {}

  async searchByName(userId: string, q: string) {
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT id, name, expiration FROM Share WHERE creatorId = '${userId}' AND name LIKE '%${q}%'`);
  }

  async findByName(userId: string, q: string) {
    return this.prisma.$queryRaw`SELECT id, name, expiration FROM Share WHERE creatorId = ${userId} AND name = ${q}`;
  }

  async countForUser(userId: string) {
    return this.prisma.$queryRawUnsafe('SELECT COUNT(*) AS n FROM Share WHERE creatorId = ?', userId);
  }
}
