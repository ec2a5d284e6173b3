import { prisma } from "../../prisma";

class TicketService {
  async search(query: string, status: string) {
    const isComplete = status === "closed";
    // expect: sql-injection
    return prisma.$queryRawUnsafe(`SELECT id, title, status FROM "Ticket" WHERE "isComplete" = ${isComplete} AND title ILIKE '%${query}%' ORDER BY "createdAt" DESC LIMIT 50`);
  }

  async findByTitle(title: string) {
    return prisma.$queryRaw`SELECT id, title, status FROM "Ticket" WHERE title = ${title} LIMIT 50`;
  }

  async create(data: { title: string; detail: string; email: string; priority: string }) {
    return prisma.ticket.create({
      data: { title: String(data.title), detail: String(data.detail), email: String(data.email), priority: String(data.priority) },
    });
  }
}

export default new TicketService();
