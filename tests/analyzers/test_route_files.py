"""A file-system route whose URL has a `test` segment is served code: its security findings stay
(Next.js `app/api/webhooks/test/route.ts` answers `/api/webhooks/test`; Medusa's `src/api/**/route.ts`
and SvelteKit's `src/routes/**/+server.ts` route the same way), while test code keeps the test policy."""

from __future__ import annotations

from pathlib import Path

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig

# an App Router route handler as Next.js documents them: a POST export reading the JSON body
ROUTE = (
    'import { NextRequest, NextResponse } from "next/server";\n\n'
    "export async function POST(req: NextRequest) {\n"
    "  const { subscriberUrl } = await req.json();\n"
    '  const res = await fetch(subscriberUrl, { method: "POST" });\n'
    "  return NextResponse.json({ ok: res.ok });\n"
    "}\n"
)
SSRF = "js/security/tainted-ssrf"


def rules(name: str, tmp_path: Path) -> set[str]:
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    return {f.rule for f in checker.check_text(tmp_path / name, ROUTE)}


def test_a_route_under_a_test_segment_is_checked_as_served_code(tmp_path):
    for name in ("app/api/webhooks/test/route.ts", "src/app/api/test/route.js",
                 "src/api/admin/notifications/test/route.ts", "src/routes/tests/+server.ts",
                 "pages/api/test/ping.ts"):
        assert SSRF in rules(name, tmp_path), name


def test_test_code_keeps_its_policy_beside_routes(tmp_path):
    for name in ("test/route.ts", "tests/lib/route.js", "app/api/test/route.test.ts",
                 "app/api/test/__tests__/route.ts", "app/test/helpers.ts"):
        assert SSRF not in rules(name, tmp_path), name
