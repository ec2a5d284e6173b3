"""A clean verdict on a sink that is a keyword argument covers its whole call: aiohttp's
`web.Response(text=page, content_type="text/html")` written over several lines, its values escaped,
was proven clean on the `text=` line while the pattern rule it supersedes reported the call's first
line, so the escaped page stayed a finding (Bedevere's dashboard). The same call on one line was quiet,
and one reading the request unescaped is still the taint rule's. Real CLI, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DASHBOARD = '''import html

from aiohttp import web

PAGE = "<!doctype html><html><body>{body}</body></html>"


async def escaped(request):
    title = html.escape(request.query.get("title", ""))
    return web.Response(
        text=PAGE.format(body=f"<h1>{title}</h1>"),
        content_type="text/html",
    )


async def raw(request):
    title = request.query.get("title", "")
    return web.Response(
        text=PAGE.format(body=f"<h1>{title}</h1>"),
        content_type="text/html",
    )
'''


def test_an_escaped_page_over_several_lines_is_no_finding(tmp_path: Path):
    (tmp_path / "dashboard.py").write_text(DASHBOARD)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          "python/security", str(tmp_path)], check=False, capture_output=True, text=True, timeout=300)
    found = [line for line in run.stdout.splitlines() if "dashboard.py:" in line]
    assert len(found) == 1 and "dashboard.py:17:" in found[0] and "reaches `text` at line 19" in found[0], found
