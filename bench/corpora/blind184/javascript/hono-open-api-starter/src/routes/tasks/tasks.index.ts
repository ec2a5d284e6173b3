import { createRouter } from "@/lib/create-app";

import * as handlers from "./tasks.handlers";
import * as routes from "./tasks.routes";

const router = createRouter()
  .openapi(routes.list, handlers.list)
  .openapi(routes.create, handlers.create)
  .openapi(routes.getOne, handlers.getOne)
  .openapi(routes.patch, handlers.patch)
  .openapi(routes.remove, handlers.remove);

router.get("/tasks/stats/open", async (c) => {
  const raw = c.req.query("priority") ?? "0";
  const priority = Number.parseInt(raw, 10);
  if (!Number.isInteger(priority) || priority < 0 || priority > 5) {
    return c.json({ message: "priority must be between 0 and 5" }, 400);
  }
  const open = await handlers.countOpen(priority);
  return c.json({ priority, open });
});

router.get("/tasks/stats/health", (c) => {
  return c.json({
    status: "ok",
    time: new Date().toISOString(),
  });
});

router.notFound((c) => {
  return c.json({ message: `Not Found - ${c.req.path}` }, 404);
});

export default router;
