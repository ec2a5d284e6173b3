"""Elysia routes and WebSocket message handlers hand what a client sent to a module of their own (issue 31,
blind188): a BETH-stack controller's `({ query }) => byHandle(query.handle)` reaches `sql.raw` in `db/`, a
uWebSockets.js `message` handler's payload reaches `fetch` in a service. The callee module did not count
these files among those that read a request (none of `req.`, `ctx.`), so it never looked for their calls and
the flow was reported at the controller's call, or not at all; now it is reported once, at the module's sink.
Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

PROFILES = """import { Elysia } from "elysia";
import { profileByHandle } from "../db/profiles";

export const profiles = new Elysia({ prefix: "/profiles" }).get("/", async ({ query }) => {
  return await profileByHandle(query.handle);
});
"""

DB = """import { sql } from "drizzle-orm";
import { db } from "./client";

export async function profileByHandle(handle: string) {
  return db.all(sql.raw(`SELECT * FROM profiles WHERE handle = '${handle}'`));
}
"""

GATEWAY = """import uWS from "uWebSockets.js";
import { previews } from "./previews";

uWS.App().ws<Session>("/live", {
  message: (ws, raw) => {
    const ask = JSON.parse(Buffer.from(raw).toString("utf8"));
    previews.unfurl(ws, ask.link);
  },
}).listen(9001, () => {});
"""

PREVIEWS = """export class Previews {
  async unfurl(ws, link) {
    const page = await fetch(link);
    ws.send(JSON.stringify({ title: (await page.text()).slice(0, 80) }));
  }
}

export const previews = new Previews();
"""


def test_an_elysia_route_s_call_is_reported_at_the_module_s_sink(tmp_path: Path):
    found = taint_findings(tmp_path, {"src/routes/profiles.ts": PROFILES, "src/db/profiles.ts": DB}, select="js/security")
    assert found == ["src/db/profiles.ts:5 tainted-sql"], found


def test_a_websocket_message_handed_to_a_service_is_reported_at_its_fetch(tmp_path: Path):
    found = taint_findings(tmp_path, {"src/gateway.ts": GATEWAY, "src/previews.ts": PREVIEWS}, select="js/security")
    assert found == ["src/previews.ts:3 tainted-ssrf"], found
