import { zValidator } from "@hono/zod-validator";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

import db from "@/db";
import { insertTasksSchema, tasks } from "@/db/schema";
import env from "@/env";
import { createRouter } from "@/lib/create-app";

import { tasksToCsv, csvToTasks } from "./transfer.csv";

const EXPORT_DIR = path.resolve(env.EXPORT_DIR ?? "exports");

const exportBody = z.object({
  file: z.string().min(1).max(120).default("tasks.csv"),
});

const importBody = z.object({
  source: z.string().url(),
});

const router = createRouter()
  .post("/transfer/export", zValidator("json", exportBody), async (c) => {
    const { file } = c.req.valid("json");
    const rows = await db.select().from(tasks);
    await mkdir(EXPORT_DIR, { recursive: true });
    const target = path.join(EXPORT_DIR, file);
    // expect: path-traversal
    await writeFile(target, tasksToCsv(rows), "utf-8");
    return c.json({ file, count: rows.length });
  })
  .get("/transfer/export/:file", async (c) => {
    const name = path.basename(c.req.param("file"));
    if (!name.endsWith(".csv")) {
      return c.json({ message: "Only CSV exports can be downloaded" }, 400);
    }
    const csv = await readFile(path.join(EXPORT_DIR, name), "utf-8").catch(() => null);
    if (csv === null) {
      return c.json({ message: "Not Found" }, 404);
    }
    c.header("Content-Disposition", `attachment; filename="${name}"`);
    return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8" });
  })
  .post("/transfer/import", zValidator("json", importBody), async (c) => {
    const { source } = c.req.valid("json");
    // expect: ssrf
    const response = await fetch(source, { headers: { accept: "text/csv" } });
    if (!response.ok) {
      return c.json({ message: `Could not download ${source}` }, 502);
    }
    const parsed = csvToTasks(await response.text());
    const valid = parsed.map(row => insertTasksSchema.safeParse(row)).filter(result => result.success).map(result => result.data);
    if (valid.length > 0) {
      await db.insert(tasks).values(valid);
    }
    return c.json({ imported: valid.length, skipped: parsed.length - valid.length });
  });

export default router;
