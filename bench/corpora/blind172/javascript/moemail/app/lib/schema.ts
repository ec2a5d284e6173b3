import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const emails = sqliteTable("email", {
  id: text("id").primaryKey(),
  address: text("address").notNull().unique(),
  userId: text("userId"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

export const messages = sqliteTable("message", {
  id: text("id").primaryKey(),
  emailId: text("emailId").notNull(),
  fromAddress: text("from_address").notNull(),
  subject: text("subject").notNull(),
  content: text("content").notNull(),
  html: text("html"),
  receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
});

export const webhooks = sqliteTable("webhook", {
  id: text("id").primaryKey(),
  userId: text("user_id").notNull().unique(),
  url: text("url").notNull(),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
});

export const shares = sqliteTable("share", {
  token: text("token").primaryKey(),
  messageId: text("message_id").notNull(),
  createdBy: text("created_by").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
});
