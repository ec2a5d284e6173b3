"""Request state a hook or middleware in another module fills from the request, read by a view.

Flask apps fill `g` in a `before_request` hook registered by the app factory from its own module;
Starlette apps put what a `BaseHTTPMiddleware` found on `request.state`. The view that reads the
field lives in another file, which imports neither: the flow was followed within one file only,
so the view's sink was never reported. A field the hook fills with a number or a constant stays
clean. Real CLI, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FLASK_HOOKS = '''from flask import g, request


def register_hooks(app):
    @app.before_request
    def load_request_context():
        g.banner = request.headers.get("X-Banner", "")
        g.page_size = int(request.args.get("size", 20))
        g.locale = "en"
'''

FLASK_VIEWS = '''from flask import Blueprint, g
from markupsafe import Markup

from .db import get_db

bp = Blueprint("pages", __name__)


@bp.get("/banner")
def banner():
    return Markup("<h2>" + g.banner + "</h2>")


@bp.get("/orders")
def orders():
    rows = get_db().execute(f"SELECT id, total FROM orders LIMIT {g.page_size}")
    return {"rows": [list(r) for r in rows]}


@bp.get("/greeting")
def greeting():
    return Markup("<p lang='" + g.locale + "'>Hello</p>")
'''

FLASK_DB = '''import sqlite3

from flask import g


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect("shop.db")
    return g.db
'''

STARLETTE_MIDDLEWARE = '''import time

from starlette.middleware.base import BaseHTTPMiddleware


class ThemeMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        request.state.theme = request.query_params.get("theme", "light")
        request.state.started = time.monotonic()
        return await call_next(request)
'''

STARLETTE_APP = '''from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import HTMLResponse
from starlette.routing import Route

from .middleware import ThemeMiddleware


async def card(request):
    return HTMLResponse("<div class='" + request.state.theme + "'>card</div>")


async def timing(request):
    return HTMLResponse("<p>" + str(request.state.started) + "</p>")


async def badge(request):
    theme = getattr(request.state, "theme", "light")
    return HTMLResponse("<span class='" + theme + "'>new</span>")


app = Starlette(routes=[Route("/card", card), Route("/timing", timing)], middleware=[Middleware(ThemeMiddleware)])
'''


def _findings(root: Path) -> list[str]:
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          "python/security", str(root)], check=False, capture_output=True, text=True, timeout=300)
    return [line for line in run.stdout.splitlines() if "tainted-" in line]


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def test_a_flask_hook_of_another_module_fills_g_from_the_request(tmp_path: Path):
    _write(tmp_path, {"app/hooks.py": FLASK_HOOKS, "app/views/pages.py": FLASK_VIEWS, "app/db.py": FLASK_DB})
    found = _findings(tmp_path)
    # g.banner is a header; g.page_size an int, g.locale a constant: clean
    assert len(found) == 1 and "pages.py:11" in found[0] and "tainted-xss" in found[0], found
    assert "stored by app/hooks.py, read" in found[0], found


def test_a_starlette_middleware_fills_request_state_from_the_query(tmp_path: Path):
    _write(tmp_path, {"site/middleware.py": STARLETTE_MIDDLEWARE, "site/app.py": STARLETTE_APP})
    found = _findings(tmp_path)
    # read by name too (`getattr(request.state, "theme", "light")`); `started` is a number
    assert [line.split(":")[1] for line in found] == ["10", "18"] and all("tainted-xss" in line for line in found), found
