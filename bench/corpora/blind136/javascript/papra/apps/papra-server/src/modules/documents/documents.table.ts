import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const documentsTable = sqliteTable('documents', {
  id: text('id').primaryKey(),
  organizationId: text('organization_id').notNull(),
  name: text('name').notNull(),
  storageKey: text('storage_key').notNull(),
  content: text('content').notNull().default(''),
});
