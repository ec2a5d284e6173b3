import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createInsertSchema, createSelectSchema } from "drizzle-zod";
import { z } from "zod";

export const tasks = sqliteTable("tasks", {
  id: integer("id", { mode: "number" }).primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  done: integer("done", { mode: "boolean" }).notNull().default(false),
  priority: integer("priority", { mode: "number" }).notNull().default(0),
  createdAt: integer("created_at", { mode: "timestamp" }).default(sql`(unixepoch())`),
  updatedAt: integer("updated_at", { mode: "timestamp" })
    .default(sql`(unixepoch())`)
    .$onUpdate(() => new Date()),
});

export const selectTasksSchema = createSelectSchema(tasks);

export const insertTasksSchema = createInsertSchema(tasks, {
  name: schema => schema.name.min(1).max(500),
  priority: schema => schema.priority.int().min(0).max(5),
})
  .required({ done: true })
  .omit({ id: true, createdAt: true, updatedAt: true });

export const patchTasksSchema = insertTasksSchema.partial().strict();

export const listTasksQuerySchema = z.object({
  done: z.enum(["true", "false"]).transform(value => value === "true").optional(),
  sort: z.string().max(40).default("created_at"),
  direction: z.enum(["asc", "desc"]).default("desc"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export type Task = typeof tasks.$inferSelect;
