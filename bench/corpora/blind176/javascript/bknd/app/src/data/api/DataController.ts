import { Hono } from "hono";
import type { App } from "../../App";
import { Repository, type RepoQuery } from "../entities/query/Repository";

function parseSort(raw: string | undefined): RepoQuery["sort"] {
   if (!raw) return undefined;
   const dir = raw.startsWith("-") ? "desc" : "asc";
   return { by: raw.replace(/^-/, ""), dir };
}

function parseJson<T>(raw: string | undefined, fallback: T): T {
   if (!raw) return fallback;
   try {
      return JSON.parse(raw) as T;
   } catch {
      return fallback;
   }
}

export class DataController {
   constructor(private app: App) {}

   getController() {
      const hono = new Hono();
      const { guard } = this.app.modules.auth;

      hono.get("/entity/:entity", guard.permission("data.entity.read"), async (c) => {
         const entity = this.app.em.entity(c.req.param("entity"));
         if (!entity) return c.json({ error: "Entity not found" }, 404);

         const repo = new Repository(this.app.kysely, entity);
         const query: RepoQuery = {
            limit: Number(c.req.query("limit")),
            offset: Number(c.req.query("offset")),
            sort: parseSort(c.req.query("sort")),
            select: c.req.query("select")?.split(","),
            where: parseJson(c.req.query("where"), {}),
         };
         const [data, total] = await Promise.all([repo.findMany(query), repo.count(query.where)]);
         return c.json({ data, meta: { total, limit: query.limit, offset: query.offset } });
      });

      hono.get("/entity/:entity/:id", guard.permission("data.entity.read"), async (c) => {
         const entity = this.app.em.entity(c.req.param("entity"));
         if (!entity) return c.json({ error: "Entity not found" }, 404);
         const row = await new Repository(this.app.kysely, entity).findId(c.req.param("id"));
         return row ? c.json({ data: row }) : c.json({ error: "Not found" }, 404);
      });

      return hono;
   }
}
