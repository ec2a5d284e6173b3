import { and, eq, sql } from "drizzle-orm";
import * as HttpStatusCodes from "stoker/http-status-codes";
import * as HttpStatusPhrases from "stoker/http-status-phrases";

import type { AppRouteHandler } from "@/lib/types";

import db from "@/db";
import { tasks } from "@/db/schema";

import type { CreateRoute, GetOneRoute, ListRoute, PatchRoute, RemoveRoute } from "./tasks.routes";

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { done, sort, direction, limit } = c.req.valid("query");
  const where = done === undefined ? "" : `WHERE done = ${done ? 1 : 0}`;
  // expect: sql-injection
  const rows = await db.all(sql.raw(`SELECT * FROM tasks ${where} ORDER BY ${sort} ${direction} LIMIT ${limit}`));
  return c.json(rows, HttpStatusCodes.OK);
};

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const task = c.req.valid("json");
  const [inserted] = await db.insert(tasks).values(task).returning();
  return c.json(inserted, HttpStatusCodes.OK);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const task = await db.query.tasks.findFirst({ where: (fields, operators) => operators.eq(fields.id, id) });
  if (!task) {
    return c.json({ message: HttpStatusPhrases.NOT_FOUND }, HttpStatusCodes.NOT_FOUND);
  }
  return c.json(task, HttpStatusCodes.OK);
};

export const patch: AppRouteHandler<PatchRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const updates = c.req.valid("json");
  if (Object.keys(updates).length === 0) {
    return c.json({ message: "No updates provided" }, HttpStatusCodes.UNPROCESSABLE_ENTITY);
  }
  const [task] = await db.update(tasks).set(updates).where(eq(tasks.id, id)).returning();
  if (!task) {
    return c.json({ message: HttpStatusPhrases.NOT_FOUND }, HttpStatusCodes.NOT_FOUND);
  }
  return c.json(task, HttpStatusCodes.OK);
};

export const remove: AppRouteHandler<RemoveRoute> = async (c) => {
  const { id } = c.req.valid("param");
  const result = await db.delete(tasks).where(and(eq(tasks.id, id)));
  if (result.rowsAffected === 0) {
    return c.json({ message: HttpStatusPhrases.NOT_FOUND }, HttpStatusCodes.NOT_FOUND);
  }
  return c.body(null, HttpStatusCodes.NO_CONTENT);
};

export const countOpen = async (priority: number) => {
  const [row] = await db.all<{ count: number }>(sql`SELECT count(*) AS count FROM tasks WHERE done = 0 AND priority >= ${priority}`);
  return row?.count ?? 0;
};
