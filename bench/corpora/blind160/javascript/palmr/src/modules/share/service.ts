import { PrismaClient, Prisma } from "@prisma/client";
import bcrypt from "bcryptjs";

const SORTABLE: Record<string, string> = {
  createdAt: "created_at",
  name: "name",
  views: "views",
};

export class ShareService {
  constructor(private readonly prisma: PrismaClient) {}

  async listForUser(userId: string) {
    return this.prisma.share.findMany({
      where: { creatorId: userId },
      include: { files: true, recipients: true },
      orderBy: { createdAt: "desc" },
    });
  }

  async findBySlug(slug: string) {
    const alias = await this.prisma.shareAlias.findUnique({ where: { alias: slug }, include: { share: true } });
    return alias?.share ?? null;
  }

  async checkPassword(slug: string, password: string) {
    const share = await this.findBySlug(slug);
    if (!share?.password) return true;
    return bcrypt.compare(password, share.password);
  }

  async search(userId: string, q: string, sort: string) {
    const column = SORTABLE[sort] ?? "created_at";
    return this.prisma.$queryRawUnsafe(
      `SELECT id, name, views FROM shares WHERE creator_id = $1 AND name ILIKE $2 ORDER BY ${column} DESC LIMIT 50`,
      userId,
      `%${q}%`,
    );
  }

  async searchByNameLegacy(userId: string, name: string) {
    // expect: sql-injection
    return this.prisma.$queryRawUnsafe(`SELECT id, name, views FROM shares WHERE creator_id = '${userId}' AND name LIKE '%${name}%'`);
  }

  async countViews(shareId: string) {
    const rows = await this.prisma.$queryRaw<{ views: number }[]>(Prisma.sql`SELECT views FROM shares WHERE id = ${shareId}`);
    return rows[0]?.views ?? 0;
  }
}
