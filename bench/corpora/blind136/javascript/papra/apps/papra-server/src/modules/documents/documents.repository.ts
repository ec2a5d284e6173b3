import { and, eq, like, sql } from 'drizzle-orm';
import { db } from '../shared/db';
import { documentsTable } from './documents.table';

export const documentsRepository = {
  async searchByName({ organizationId, searchQuery }: { organizationId: string; searchQuery: string }) {
    // expect: sql-injection
    return db.all(sql.raw(`SELECT id, name FROM documents WHERE organization_id = '${organizationId}' AND name LIKE '%${searchQuery}%' LIMIT 50`));
  },

  async searchExact({ organizationId, searchQuery }: { organizationId: string; searchQuery: string }) {
    return db.select().from(documentsTable).where(and(eq(documentsTable.organizationId, organizationId), like(documentsTable.name, `%${searchQuery}%`))).limit(50);
  },

  async saveDocument(values: { id: string; organizationId: string; name: string; storageKey: string; content: string }) {
    await db.insert(documentsTable).values(values);
    return values;
  },

  async countDocuments({ organizationId }: { organizationId: string }) {
    return db.get(sql`SELECT count(*) AS count FROM documents WHERE organization_id = ${organizationId}`);
  },
};
