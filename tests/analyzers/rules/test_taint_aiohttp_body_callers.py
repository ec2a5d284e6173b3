"""An aiohttp handler reading the raw body (`await request.read()`) is a handler whose calls feed a
helper module: the helper's sink is reported in its own file (where a fix goes), not at the handler's
read. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

SERVER = '''import json

from aiohttp import web

from honeypot.notify import notify_hook


class HoneypotServer:
    def __init__(self, config):
        self.config = config

    async def handle_event(self, request):
        data = json.loads((await request.read()).decode("utf-8"))
        hook = data.get("hook") or self.config["default_hook"]
        await notify_hook(hook, {"path": data.get("path", "/")})
        await notify_hook(self.config["default_hook"], {"path": "/"})
        return web.json_response({"ok": True})
'''
NOTIFY = '''import aiohttp


async def notify_hook(url, payload):
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json=payload) as resp:
            return resp.status
'''


def test_a_hook_url_from_the_raw_body_is_reported_where_the_helper_posts_to_it(tmp_path: Path):
    _write(tmp_path, {"honeypot/__init__.py": "", "honeypot/server.py": SERVER, "honeypot/notify.py": NOTIFY})
    found = _findings(tmp_path)
    assert len(found) == 1 and "notify.py:6" in found[0] and "tainted-ssrf" in found[0], found
