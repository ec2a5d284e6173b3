"""A Next.js server action hands what the browser sent to a lib module (issue 31, blind152/blind156):
Streamystats' setup action passes the form's URL to `fetchSystemInfo(url)` in `lib/jellyfin.ts`, which
fetches it. The lib module did not count the action's module among the files that read a request
(a 'use server' module reads none of `req`, `ctx`, ...), so it never looked for its callers and the flow
was reported at the action's call; now it is reported once, at the lib module's fetch, as for a route's
call. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

ACTIONS = """"use server";

import { fetchSystemInfo } from "@/lib/jellyfin";

export async function createServer(_prev: unknown, formData: FormData) {
  const url = String(formData.get("url") ?? "").trim();
  const info = await fetchSystemInfo(url);
  return { ok: Boolean(info) };
}
"""

JELLYFIN = """export async function fetchSystemInfo(url: string) {
  const res = await fetch(`${url}/System/Info`, { signal: AbortSignal.timeout(8000) });
  return res.ok ? res.json() : null;
}
"""


def test_a_server_action_s_lib_call_is_reported_at_the_lib_s_sink(tmp_path: Path):
    found = taint_findings(tmp_path, {"app/setup/actions.ts": ACTIONS, "lib/jellyfin.ts": JELLYFIN}, select="js/security")
    assert found == ["lib/jellyfin.ts:2 tainted-ssrf"], found
