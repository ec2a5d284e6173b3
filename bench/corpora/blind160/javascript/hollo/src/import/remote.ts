import { Hono } from "hono";
import { parse } from "csv-parse/sync";
import { getLogger } from "@logtape/logtape";

import { loginRequired } from "../login";
import { importFollows } from "./follows";

const logger = getLogger(["hollo", "import"]);
const app = new Hono();

const MAX_CSV_BYTES = 1024 * 1024;

app.post("/follows", loginRequired, async (c) => {
  const form = await c.req.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size > MAX_CSV_BYTES) {
    return c.text("Invalid file", 400);
  }
  const rows = parse(await file.text(), { columns: true, skip_empty_lines: true });
  const result = await importFollows(c.get("accountOwner"), rows);
  logger.info("Imported {count} follows", { count: result.count });
  return c.redirect("/accounts");
});

app.post("/follows/from-url", loginRequired, async (c) => {
  const form = await c.req.formData();
  const source = form.get("url")?.toString() ?? "";
  // expect: ssrf
  const response = await fetch(source, { headers: { Accept: "text/csv" }, redirect: "follow" });
  if (!response.ok) {
    return c.text("Could not download the CSV", 502);
  }
  const rows = parse(await response.text(), { columns: true, skip_empty_lines: true });
  const result = await importFollows(c.get("accountOwner"), rows);
  logger.info("Imported {count} follows from a URL", { count: result.count });
  return c.redirect("/accounts");
});

export default app;
