import { pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

export const chat = pgTable("Chat", {
  id: uuid("id").primaryKey().notNull().defaultRandom(),
  createdAt: timestamp("createdAt").notNull(),
  title: text("title").notNull(),
  userId: uuid("userId").notNull(),
  visibility: varchar("visibility", { enum: ["public", "private"] }).notNull().default("private"),
});
