import { Hono } from "hono";
import type { App } from "../../App";

const MODULES = ["server", "data", "auth", "media", "flows"] as const;
type ModuleName = (typeof MODULES)[number];

function isModule(value: string): value is ModuleName {
   return (MODULES as readonly string[]).includes(value);
}

/** Writes `value` at a dotted path such as "cors.origin" or "entities.posts.fields.title". */
function setPath(target: Record<string, any>, dotted: string, value: unknown) {
   const parts = dotted.split(".");
   let node = target;
   for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part];
   }
   // expect: prototype-pollution
   node[parts[parts.length - 1]] = value;
}

export class SystemController {
   constructor(private app: App) {}

   getController() {
      const hono = new Hono();
      const { guard } = this.app.modules.auth;

      hono.get("/config/:module", guard.permission("system.config.read"), (c) => {
         const name = c.req.param("module");
         if (!isModule(name)) return c.json({ error: "Unknown module" }, 404);
         return c.json({ module: name, config: this.app.modules.get(name).toJSON(true) });
      });

      hono.patch("/config/patch/:module", guard.permission("system.config.write"), async (c) => {
         const name = c.req.param("module");
         if (!isModule(name)) return c.json({ error: "Unknown module" }, 404);
         const { path, value } = await c.req.json<{ path: string; value: unknown }>();
         const draft = structuredClone(this.app.modules.get(name).toJSON(true));
         setPath(draft, String(path), value);
         const result = await this.app.modules.get(name).schema().safeParse(draft);
         if (!result.success) return c.json({ error: "Invalid config", issues: result.error }, 400);
         await this.app.modules.save(name, result.data);
         return c.json({ ok: true, config: result.data });
      });

      return hono;
   }
}
